/// Where a parser is in its document: the records it has read (stored or skipped), the line it
/// has reached and, for JSON lines, the byte offset where the next line starts.
public struct SourcePosition: Sendable, Equatable {
    /// Records read so far, the skipped ones included; blank lines are not records.
    public var records = 0
    /// The last line read (JSON lines) or the line of the last record's start (XML).
    public var line = 0
    /// JSON lines read from a file: the offset of the next line. nil for XML and in-memory bodies.
    public var byteOffset: Int64?

    public init(records: Int = 0, line: Int = 0, byteOffset: Int64? = nil) {
        (self.records, self.line, self.byteOffset) = (records, line, byteOffset)
    }
}

/// How one parse runs: where it starts and what it does with a record that cannot be read.
///
/// Without `onSkip` a bad record throws, as all-or-nothing callers (tests, `explain`) want; with it
/// the record is handed to `onSkip` and the parse goes on. With `resumeAfter` the records before
/// that point are read past without being handed over: JSON lines seek to its byte offset, XML is
/// parsed from the start (a stream cannot seek) and its first records are dropped.
///
/// Owned by the thread that parses; `position` is current whenever a callback runs.
public final class ParseControl {
    /// The point to continue after; nil reads the whole document.
    public let resumeAfter: SourcePosition?
    /// Called with each record that is skipped and the position after it, on the parsing thread;
    /// nil makes a bad record throw.
    public let onSkip: ((FeedError, SourcePosition) throws -> Void)?
    /// Where the parse is, updated before each record or skip is handed over.
    public internal(set) var position = SourcePosition()

    public init(resumeAfter: SourcePosition? = nil, onSkip: ((FeedError, SourcePosition) throws -> Void)? = nil) {
        self.resumeAfter = resumeAfter
        self.onSkip = onSkip
    }

    /// Counts one record element that ends at `line`. False while it lies before the resume point,
    /// so the parser drops it unread.
    func beginRecord(line: Int) -> Bool {
        position.records += 1
        position.line = line
        return position.records > (resumeAfter?.records ?? 0)
    }

    /// A record that cannot be read: skipped and reported, or thrown when nobody listens.
    func skip(_ error: FeedError) throws {
        guard let onSkip else { throw error }
        try onSkip(error, position)
    }
}
