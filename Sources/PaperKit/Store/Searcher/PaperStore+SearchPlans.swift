/// The search plans of `SearchPlan`, one method each. Every statement is one `SQLFragment`, so
/// its text and its values are built side by side and bound together.
extension PaperStore {
    /// Runs `plan` for the page `offset ..< offset + limit`.
    func page(of plan: SearchPlan, limit: Int, offset: Int) throws -> SearchPage {
        switch plan {
        case let .lookup(id, filter):
            var conditions = filter.conditions()
            conditions.insert(SQLFragment("p.arxiv_id = ?", [.text(id)]), at: 0)
            return try sortedPage(from: "papers p", conditions, order: .date, match: nil, limit: limit, offset: offset)
        case let .relevance(match, query, includeExcluded):
            let sql = "FROM papers_fts WHERE " + SQLFragment("papers_fts MATCH ?", [.text(match)])
            return try collectedPage(sql, query: query, joined: false, limit: limit, offset: offset,
                                     admits: includeExcluded ? { _ in true } : isIncluded)
        case let .filteredRelevance(match, query, filter):
            let sql = "FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid" + Self.matching(match, filter).whereClause
            return try collectedPage(sql, query: query, joined: true, limit: limit, offset: offset, admits: { _ in true })
        case let .builtinRelevance(match, filter):
            return try builtinPage(match: match, filter: filter, limit: limit, offset: offset)
        case let .sorted(sort, match, exclusion, filter):
            var conditions = filter.conditions()
            if let exclusion {
                conditions.append(SQLFragment("p.id NOT IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)", [.text(exclusion)]))
            }
            if let match, let index = try walkedIndex(sort, match: match, filter: filter, limit: limit, offset: offset) {
                conditions.append(SQLFragment("p.id IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)", [.text(match)]))
                return try sortedPage(from: "papers p INDEXED BY \(index)", conditions, order: sort, match: match, limit: limit, offset: offset)
            }
            let from = match == nil ? "papers p" : "papers_fts JOIN papers p ON p.id = papers_fts.rowid"
            if let match { conditions.insert(SQLFragment("papers_fts MATCH ?", [.text(match)]), at: 0) }
            return try sortedPage(from: from, conditions, order: sort, match: match, limit: limit, offset: offset)
        }
    }

    /// A relevance page in one pass over the matches of `source` (`FROM ... WHERE ...`), without
    /// sorting them: `arxiv_bm25` scores each one and hands those good enough for the page to a
    /// `RankCollector`, with their phrase instances, from which the page's snippets are built.
    /// FTS5's own `ORDER BY rank` copied every match's position lists into a full sort, and the
    /// joined path's `ORDER BY` sorted every match and then sought each page row in the index again
    /// for its snippet.
    ///
    /// Searches with no filter but the excluded flag (most of them) read the index alone: joining
    /// `papers` for every match, or checking the excluded flag of every match, took twice as long
    /// as checking it for the candidates only (`admits`).
    ///
    /// Where the store has search bounds, the matches are scored block by block of rowids, best
    /// bound first, until no unscored block can reach the page (`PaperStore+PrunedRelevance.swift`).
    private func collectedPage(_ source: SQLFragment, query: SearchQuery?, joined: Bool, limit: Int, offset: Int,
                               admits: @escaping (Int64) throws -> Bool) throws -> SearchPage {
        // Past Int.max, "everything" is the same page (the CLI takes any --offset).
        let (capacity, overflow) = offset.addingReportingOverflow(limit)
        let collector = RankCollector(capacity: overflow ? .max : capacity, admits: admits)
        guard collector.capacity > 0 else { return SearchPage() }
        // The collector is the rank's first argument, bound as a pointer for this run only; the
        // phrases' document counts follow, when known.
        func score(counts: [Int64], rowids: ClosedRange<Int64>?) throws {
            var sql = SQLFragment("SELECT " + RankFunction.call(countParameters: counts.count) + " ", [.null] + counts.map(SQLValue.int)) + source
            if let rowids { sql = sql + SQLFragment(" AND papers_fts.rowid BETWEEN ? AND ?", [.int(rowids.lowerBound), .int(rowids.upperBound)]) }
            try withExtendedLifetime(collector) {
                try statement(sql.text).forEach(sql.values, pointer: Unmanaged.passUnretained(collector).toOpaque(), at: 1,
                                                type: RankFunction.collectorType) { _ in }
            }
        }
        // The bounds, the rows rewritten since their build and the index are read in one snapshot:
        // a row rewritten between two of those reads could otherwise be skipped.
        let pruned = try query.map { query in
            try database.isInTransaction ? try scoreBlocks(of: query, into: collector, onePass: !joined, score: score)
                : try snapshot { try scoreBlocks(of: query, into: collector, onePass: !joined, score: score) }
        } ?? false
        if !pruned {
            // The phrases' document counts, when this connection keeps them (`RankStatistics`).
            try score(counts: try rankStatistics.phraseCounts(query?.phrases ?? [], in: self) ?? [], rowids: nil)
        }
        if let error = collector.error { throw error }
        let matches = collector.page(offset: offset)
        return SearchPage(ids: matches.map(\.rowid), scores: matches.map(\.score), scored: collector.scored,
                          collected: (matches, collector.phraseSizes))
    }

    /// The reference relevance page: FTS5's `bm25()` with the same column weights, sorted by SQLite
    /// in the collector's order (rank, then rowid), and `snippet()` for the page.
    private func builtinPage(match: String, filter: PaperFilter, limit: Int, offset: Int) throws -> SearchPage {
        let weights = PaperStore.columnWeights.map { "\($0)" }.joined(separator: ", ")
        let sql = SQLFragment("SELECT p.id, bm25(papers_fts, \(weights)) AS r FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid")
            + Self.matching(match, filter).whereClause
            + SQLFragment(" ORDER BY r, p.id LIMIT ? OFFSET ?", [.int(Int64(limit)), .int(Int64(offset))])
        var page = SearchPage()
        try statement(sql.text).forEach(sql.values) { row in
            page.ids.append(Int64(row.int(0)))
            page.scores.append(row.double(1))
        }
        if !page.ids.isEmpty { page.snippets = try snippets(page.ids, match: match) }
        return page
    }

    /// A page newest or best first, from SQLite's `ORDER BY` over the papers' indexes, with the
    /// page's snippets when there is a match.
    private func sortedPage(from source: String, _ conditions: [SQLFragment], order: PaperSort, match: String?,
                            limit: Int, offset: Int) throws -> SearchPage {
        let key = order == .score ? "p.score DESC, \(PaperStore.paperDate) DESC, p.arxiv_id"
            : "\(PaperStore.paperDate) DESC, p.score DESC, p.arxiv_id"
        let sql = SQLFragment("SELECT p.id FROM \(source)") + conditions.whereClause
            + SQLFragment(" ORDER BY \(key) LIMIT ? OFFSET ?", [.int(Int64(limit)), .int(Int64(offset))])
        var page = SearchPage()
        try statement(sql.text).forEach(sql.values) { page.ids.append(Int64($0.int(0))) }
        if let match, !page.ids.isEmpty { page.snippets = try snippets(page.ids, match: match) }
        return page
    }

    /// Snippets of the abstracts of `ids` around the matches of `match`, by the engine's function.
    private func snippets(_ ids: [Int64], match: String) throws -> [Int64: String] {
        let call = fullText == .builtin ? SnippetFunction.builtinCall : SnippetFunction.searchCall
        let sql = SQLFragment("SELECT rowid, \(call) FROM papers_fts WHERE papers_fts MATCH ?", [.text(match)])
            + " AND rowid IN (" + SQLFragment.list(ids.map(SQLValue.int)) + ")"
        var snippets: [Int64: String] = [:]
        try statement(sql.text).forEach(sql.values) { row in
            snippets[Int64(row.int(0))] = row.optionalText(1)
        }
        return snippets
    }

    /// Whether the paper with this rowid is not excluded (nor missing).
    private func isIncluded(_ rowid: Int64) throws -> Bool {
        try statement("SELECT excluded FROM papers WHERE id = ?").first([.int(rowid)]) { $0.int(0) == 0 } ?? false
    }
}
