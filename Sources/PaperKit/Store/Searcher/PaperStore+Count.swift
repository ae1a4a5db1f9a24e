/// How many papers a search selects: the match set, never the ranking. Counting needs neither
/// the rank function nor a sort, so it costs what reading the matches' rowids and checking their
/// filters costs (watch counts, the trends of the trends issue).
extension PaperStore {
    /// The number of papers `request` would return with no limit.
    public func count(_ request: SearchRequest) throws -> Int {
        let sql = SQLFragment("SELECT count(*) ") + Self.matchSet(of: SearchPlan(request, engine: fullText))
        do {
            return try statement(sql.text).first(sql.values) { $0.int(0) } ?? 0
        } catch let error as StoreError where request.raw {
            throw SearchError.rawSyntax(query: request.text, reason: error.sqliteMessage ?? error.message)
        }
    }

    /// The index rows an FTS5 expression matches, all of them or only those past `rowid`: bm25's
    /// document count of a phrase, and the match count a plan is chosen by.
    func indexMatches(_ expression: String, after rowid: Int64? = nil) throws -> Int64 {
        let sql = SQLFragment("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH ?", [.text(expression)])
            + (rowid.map { SQLFragment(" AND rowid > ?", [.int($0)]) } ?? "")
        return Int64(try statement(sql.text).first(sql.values) { $0.int(0) } ?? 0)
    }

    /// `FROM ... WHERE ...` of the papers a plan selects, before any order or page.
    static func matchSet(of plan: SearchPlan) -> SQLFragment {
        let joined = "FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid"
        switch plan {
        case let .lookup(id, filter):
            return "FROM papers p" + ([SQLFragment("p.arxiv_id = ?", [.text(id)])] + filter.conditions()).whereClause
        case let .relevance(match, _, includeExcluded):
            var filter = PaperFilter()
            filter.includeExcluded = includeExcluded
            return SQLFragment(joined) + matching(match, filter).whereClause
        case let .filteredRelevance(match, _, filter), let .builtinRelevance(match, filter):
            return SQLFragment(joined) + matching(match, filter).whereClause
        case let .sorted(_, match?, _, filter):
            return SQLFragment(joined) + matching(match, filter).whereClause
        case let .sorted(_, nil, exclusion, filter):
            var conditions = filter.conditions()
            if let exclusion {
                conditions.append(SQLFragment("p.id NOT IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)", [.text(exclusion)]))
            }
            return "FROM papers p" + conditions.whereClause
        }
    }

    /// `papers_fts MATCH ?` and the filter's conditions, in that order.
    static func matching(_ match: String, _ filter: PaperFilter) -> [SQLFragment] {
        [SQLFragment("papers_fts MATCH ?", [.text(match)])] + filter.conditions()
    }
}
