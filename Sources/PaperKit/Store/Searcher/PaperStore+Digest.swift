/// The aggregate queries behind a digest: a handful of statements per report, never one per
/// paper. Every value is bound; only fixed SQL text is assembled.
extension PaperStore {
    /// The papers of `range` that pass `selection`: best score first, ties by date (newest
    /// first) then arXiv ID, at most `selection.limit`.
    public func digestPapers(in range: DigestRange, selection: DigestSelection) throws -> [PaperResult] {
        let sql = SQLFragment("SELECT \(PaperResult.columns) FROM papers p") + selection.conditions(in: range).whereClause
            + SQLFragment(" ORDER BY p.score DESC, \(PaperStore.paperDate) DESC, p.arxiv_id LIMIT ?", [.int(Int64(max(0, selection.limit)))])
        var papers: [PaperResult] = []
        try database.prepare(sql.text).forEach(sql.values) { papers.append(PaperResult(row: $0)) }
        return papers
    }

    /// How many papers of `range` pass `selection`, before the limit.
    public func digestCount(in range: DigestRange, selection: DigestSelection) throws -> Int {
        let sql = "SELECT count(*) FROM papers p" + selection.conditions(in: range).whereClause
        return try database.prepare(sql.text).first(sql.values) { $0.int(0) } ?? 0
    }

    /// Papers dated on each day of `range` (days without papers are absent).
    public func papersPerDay(in range: DigestRange) throws -> [Day: Int] {
        var counts: [Day: Int] = [:]
        try statement("""
            SELECT \(PaperStore.paperDate) AS d, count(*) FROM papers p
            WHERE \(PaperStore.paperDate) >= ? AND \(PaperStore.paperDate) <= ? GROUP BY d
            """).forEach(rangeValues(range)) { row in
            if let day = Day(iso: row.text(0)) { counts[day] = row.int(1) }
        }
        return counts
    }

    /// Papers dated in `range` by primary category, most first, then by name.
    public func primaryCategoryCounts(in range: DigestRange) throws -> [CountedName] {
        try counted("""
            SELECT coalesce(p.primary_category, '(none)') AS c, count(*) AS n FROM papers p
            WHERE \(PaperStore.paperDate) >= ? AND \(PaperStore.paperDate) <= ? GROUP BY c ORDER BY n DESC, c
            """, rangeValues(range))
    }

    /// Announcement rows on each day of `range`, by type.
    public func announcementCounts(in range: DigestRange) throws -> [(day: Day, type: String, count: Int)] {
        var rows: [(Day, String, Int)] = []
        try statement("SELECT day, type, count(*) FROM announcements WHERE day >= ? AND day <= ? GROUP BY day, type ORDER BY day, type")
            .forEach(rangeValues(range)) { row in
                if let day = Day(iso: row.text(0)) { rows.append((day, row.text(1), row.int(2))) }
            }
        return rows
    }

    /// Days of `range` that a successful ingest run covered (the `announced` day of a daily feed).
    public func ledgerDays(in range: DigestRange) throws -> Set<Day> {
        var days: Set<Day> = []
        try statement("""
            SELECT DISTINCT announced FROM ingest_runs
            WHERE status IN ('ok', 'not-modified') AND announced >= ? AND announced <= ?
            """).forEach(rangeValues(range)) { row in
            if let day = Day(iso: row.text(0)) { days.insert(day) }
        }
        return days
    }

    /// Keywords by the number of passing papers that hit them, most first, then by keyword.
    public func topKeywords(in range: DigestRange, selection: DigestSelection, limit: Int) throws -> [CountedName] {
        let papers = SQLFragment("SELECT p.id FROM papers p") + selection.conditions(in: range).whereClause
        return try counted("SELECT kh.keyword, count(DISTINCT kh.paper_id) AS n FROM keyword_hits kh WHERE kh.paper_id IN ("
                           + papers + SQLFragment(") GROUP BY kh.keyword ORDER BY n DESC, kh.keyword LIMIT ?", [.int(Int64(limit))]))
    }

    /// Authors by the number of passing papers they wrote, most first, then by name.
    public func topAuthors(in range: DigestRange, selection: DigestSelection, limit: Int) throws -> [CountedName] {
        let papers = SQLFragment("SELECT p.id FROM papers p") + selection.conditions(in: range).whereClause
        return try counted("""
            SELECT a.name, count(DISTINCT pa.paper_id) AS n FROM paper_authors pa JOIN authors a ON a.id = pa.author_id
            WHERE pa.paper_id IN (
            """ + papers + SQLFragment(") GROUP BY a.id ORDER BY n DESC, a.name LIMIT ?", [.int(Int64(limit))]))
    }

    private func rangeValues(_ range: DigestRange) -> [SQLValue] {
        [.text(range.from.description), .text(range.to.description)]
    }

    private func counted(_ sql: String, _ values: [SQLValue]) throws -> [CountedName] {
        try counted(SQLFragment(sql, values))
    }

    private func counted(_ sql: SQLFragment) throws -> [CountedName] {
        var rows: [CountedName] = []
        try database.prepare(sql.text).forEach(sql.values) { rows.append(CountedName($0.text(0), $0.int(1))) }
        return rows
    }
}
