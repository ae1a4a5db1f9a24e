/// One row of a paper's announcement history.
public struct AnnouncementRecord: Sendable, Equatable {
    public var day: Day
    public var type: AnnounceType?
    /// The feed that first showed it: `cs.AI` or `cs.AI+cs.CL`.
    public var feed: String
    public var version: Int?
}

extension PaperStore {
    /// Every announcement of the paper `arxivID` (any spelling), oldest first; empty when it has
    /// none (papers from the API or OAI-PMH) or is unknown.
    public func announcements(arxivID: String) throws -> [AnnouncementRecord] {
        guard let id = ArxivID(arxivID) else { return [] }
        var rows: [AnnouncementRecord] = []
        try statement("""
            SELECT a.day, a.type, a.feed, a.version FROM announcements a JOIN papers p ON p.id = a.paper_id
            WHERE p.arxiv_id = ? ORDER BY a.day, a.type
            """).forEach([.text(id.rawValue)]) { row in
            guard let day = Day(iso: row.text(0)) else { return }
            rows.append(AnnouncementRecord(day: day, type: AnnounceType(rawValue: row.text(1)), feed: row.text(2),
                                           version: row.optionalInt(3)))
        }
        return rows
    }
}
