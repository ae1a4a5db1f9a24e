/// Papers per paper date, for trends: one `GROUP BY` over a match set (`matchSet(of:)`, no rank
/// function and no sort of the matches) or over the filtered papers. The caller buckets the days.
extension PaperStore {
    /// Papers that `request` selects, by paper date (first announcement, else v1 day); days
    /// without matches are absent.
    public func papersPerDay(matching request: SearchRequest) throws -> [Day: Int] {
        let sql = SQLFragment("SELECT \(PaperStore.paperDate) AS d, count(*) ")
            + Self.matchSet(of: SearchPlan(request, engine: fullText)) + " GROUP BY d"
        do {
            return try perDay(sql)
        } catch let error as StoreError where request.raw {
            throw SearchError.rawSyntax(query: request.text, reason: error.sqliteMessage ?? error.message)
        }
    }

    /// Papers that pass `filter`, by paper date: the totals a trend's shares divide by.
    public func papersPerDay(passing filter: PaperFilter) throws -> [Day: Int] {
        try perDay(SQLFragment("SELECT \(PaperStore.paperDate) AS d, count(*) FROM papers p")
                   + filter.conditions().whereClause + " GROUP BY d")
    }

    /// Papers dated each day of `from...to`: all of them, and those not excluded, in one pass over
    /// the paper-date index (which holds `excluded` since schema 009).
    public func papersPerDayByExclusion(from: Day, to: Day) throws -> (all: [Day: Int], included: [Day: Int]) {
        var all: [Day: Int] = [:], included: [Day: Int] = [:]
        try statement("""
            SELECT \(PaperStore.paperDate) AS d, p.excluded, count(*) FROM papers p
            WHERE \(PaperStore.paperDate) >= ? AND \(PaperStore.paperDate) <= ? GROUP BY d, p.excluded
            """).forEach([.text(from.description), .text(to.description)]) { row in
            guard let day = Day(iso: row.text(0)) else { return }
            all[day, default: 0] += row.int(2)
            if row.int(1) == 0 { included[day, default: 0] += row.int(2) }
        }
        return (all, included)
    }

    private func perDay(_ sql: SQLFragment) throws -> [Day: Int] {
        var counts: [Day: Int] = [:]
        try statement(sql.text).forEach(sql.values) { row in
            if let day = Day(iso: row.text(0)) { counts[day, default: 0] += row.int(1) }
        }
        return counts
    }
}

extension PaperStore {
    /// The title and paper date of every paper that passes `filter`, in no particular order, one
    /// at a time (rising terms tokenize them; nothing is collected here).
    public func forEachTitle(passing filter: PaperFilter, _ body: (Day, String) throws -> Void) throws {
        let sql = SQLFragment("SELECT \(PaperStore.paperDate), p.title FROM papers p") + filter.conditions().whereClause
        try statement(sql.text).forEach(sql.values) { row in
            if let day = Day(iso: row.text(0)) { try body(day, row.text(1)) }
        }
    }
}

extension PaperStore {
    /// For each of `keywords`, the papers dated each day of `from...to` that the last scoring found
    /// it in (`keyword_hits`, the digest's own notion of a keyword hit, not a full-text search).
    public func keywordHitsPerDay(_ keywords: [String], from: Day, to: Day) throws -> [String: [Day: Int]] {
        guard !keywords.isEmpty else { return [:] }
        let sql = SQLFragment("""
            SELECT kh.keyword, \(PaperStore.paperDate) AS d, count(DISTINCT kh.paper_id) FROM keyword_hits kh
            JOIN papers p ON p.id = kh.paper_id WHERE d >= ? AND d <= ? AND kh.keyword IN (
            """, [.text(from.description), .text(to.description)]) + SQLFragment.list(keywords.map(SQLValue.text)) + ") GROUP BY 1, 2"
        var counts: [String: [Day: Int]] = [:]
        try statement(sql.text).forEach(sql.values) { row in
            if let day = Day(iso: row.text(1)) { counts[row.text(0), default: [:]][day] = row.int(2) }
        }
        return counts
    }
}
