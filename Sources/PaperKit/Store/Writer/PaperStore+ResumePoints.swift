/// Where an unfinished import of a file stopped, as its last commit left it (`source_positions`).
public struct ResumePoint: Sendable, Equatable {
    /// The file, as the ledger names the source.
    public var source: String
    /// The file the point belongs to; another file at the same path is not resumed.
    public var identity: FileIdentity
    /// The records read (stored or skipped) before the point, and where the next one starts.
    public var position: SourcePosition
    /// Records stored and records skipped before the point, over every run of the import.
    public var papers: Int
    public var skipped: Int
    /// The ledger row of the run that committed the point.
    public var runID: Int64?
    /// When it was committed (ISO 8601 UTC).
    public var committedAt: String

    public init(source: String, identity: FileIdentity, position: SourcePosition, papers: Int, skipped: Int,
                runID: Int64?, committedAt: String) {
        (self.source, self.identity, self.position) = (source, identity, position)
        (self.papers, self.skipped, self.runID, self.committedAt) = (papers, skipped, runID, committedAt)
    }
}

extension PaperStore {
    /// The resume point of `source`, if an import of it is unfinished.
    public func resumePoint(for source: String) throws -> ResumePoint? {
        try statement("\(Self.resumePointColumns) WHERE source = ?").first([.text(source)], Self.resumePoint)
    }

    /// Every unfinished import, oldest commit first.
    public func resumePoints() throws -> [ResumePoint] {
        var points: [ResumePoint] = []
        try statement("\(Self.resumePointColumns) ORDER BY committed_at").forEach { points.append(Self.resumePoint($0)) }
        return points
    }

    /// Writes (or rewrites) the resume point; called inside the transaction of the batch it follows.
    public func saveResumePoint(_ point: ResumePoint) throws {
        try statement("""
            INSERT OR REPLACE INTO source_positions (source, file_size, file_mtime, head_hash, records, line,
                byte_offset, papers, skipped, run_id, committed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).run([.text(point.source), .int(point.identity.size), .int(point.identity.modified),
                      .text(point.identity.headHash), .int(Int64(point.position.records)),
                      .int(Int64(point.position.line)), point.position.byteOffset.map { .int($0) } ?? .null,
                      .int(Int64(point.papers)), .int(Int64(point.skipped)), point.runID.map { .int($0) } ?? .null,
                      .text(point.committedAt)])
    }

    /// Forgets the resume point of `source` (finished, restarted, or a different file now).
    public func forgetResumePoint(for source: String) throws {
        try statement("DELETE FROM source_positions WHERE source = ?").run([.text(source)])
    }

    private static let resumePointColumns = """
        SELECT source, file_size, file_mtime, head_hash, records, line, byte_offset, papers, skipped, run_id,
               committed_at FROM source_positions
        """

    private static func resumePoint(_ row: Statement) -> ResumePoint {
        ResumePoint(source: row.text(0),
                    identity: FileIdentity(size: Int64(row.int(1)), modified: Int64(row.int(2)), headHash: row.text(3)),
                    position: SourcePosition(records: row.int(4), line: row.int(5), byteOffset: row.optionalInt(6).map(Int64.init)),
                    papers: row.int(7), skipped: row.int(8), runID: row.optionalInt(9).map(Int64.init),
                    committedAt: row.text(10))
    }
}
