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
