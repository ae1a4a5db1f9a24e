/// The parts of a stored paper that decide how a new record of it is merged.
struct StoredPaper {
    var rowID: Int64
    var version: Int?
    var updated: Day?
    var published: Day?
    var comments: String?
    var journalRef: String?
    var doi: String?
    var license: String?
    var primaryCategory: String?

    /// Whether `record` describes a later state of the paper than the store has.
    ///
    /// Versions decide when both sides know theirs; otherwise the later date does (OAI `arXiv`
    /// records carry no version). Equal means not newer, which keeps re-ingesting idempotent.
    func isOlder(than record: PaperRecord) -> Bool {
        if let mine = version, let theirs = record.version { return theirs > mine }
        let theirDay = record.updated ?? record.published
        let myDay = updated ?? published
        if let theirDay, let myDay, theirDay != myDay { return theirDay > myDay }
        return version == nil && record.version != nil
    }
}

extension PaperStore {
    func storedPaper(_ id: ArxivID) throws -> StoredPaper? {
        try statement("""
            SELECT id, version, updated, published, comments, journal_ref, doi, license, primary_category
            FROM papers WHERE arxiv_id = ?
            """).first([.text(id.rawValue)]) { row in
            StoredPaper(rowID: Int64(row.int(0)), version: row.optionalInt(1),
                        updated: row.optionalText(2).flatMap(Day.init(iso:)),
                        published: row.optionalText(3).flatMap(Day.init(iso:)),
                        comments: row.optionalText(4), journalRef: row.optionalText(5), doi: row.optionalText(6),
                        license: row.optionalText(7), primaryCategory: row.optionalText(8))
        }
    }
}
