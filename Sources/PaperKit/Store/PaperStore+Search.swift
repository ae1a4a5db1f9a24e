/// How results are ordered.
public enum PaperSort: String, Sendable, CaseIterable {
    case relevance, date, score
}

/// A full-text search with filters.
public struct SearchRequest: Sendable {
    public var text: String
    /// Pass `text` to FTS5 as written (the user asked for raw syntax).
    public var raw = false
    public var filter = PaperFilter()
    public var sort = PaperSort.relevance
    public var limit = 20
    public var offset = 0

    public init(text: String) { self.text = text }
}

/// Search failures the user can fix.
public enum SearchError: ArxivBotError {
    case rawSyntax(query: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .rawSyntax(query, reason):
            return "invalid FTS5 query \"\(query)\": \(reason); drop --raw to search the words as text"
        }
    }

    public var exitCode: ExitCode { .usage }
}

extension PaperStore {
    /// bm25 weights of the index columns title, abstract, authors, summary: a word in the title
    /// counts as much as ten in the abstract.
    static let columnWeights: [Double] = [10, 1, 5, 1]

    /// The weight of index column `column` (1 for a column added later without one).
    static func columnWeight(_ column: Int) -> Double {
        column < columnWeights.count ? columnWeights[column] : 1
    }

    /// Ranked results: bm25 (`RankFunction`) with the title weighted above authors above abstract. A query that is
    /// an arXiv ID or URL finds that paper directly; a query with nothing searchable lists the
    /// filtered papers newest first.
    ///
    /// Each step touches only what the page needs: the page of ids in order (only the sort key per
    /// match; with each match's phrase instances when the index can rank alone), the full rows of
    /// that page, and the snippets of that page (from those instances and the rows' abstracts, or
    /// else from the index). Computing rows and snippets inside a ranking query that SQLite sorts
    /// would build them for every match before sorting.
    public func search(_ request: SearchRequest) throws -> [PaperResult] {
        let idLookup = request.raw ? nil : ArxivID.parse(request.text)?.id
        var filter = request.filter
        // Asked for by its ID, a paper an exclude keyword flagged is still the answer.
        if idLookup != nil { filter.includeExcluded = true }
        var (conditions, values) = filter.conditions()
        var from = "papers p"
        let byDate = "\(PaperStore.paperDate) DESC, p.score DESC, p.arxiv_id"
        var order = byDate
        let query = request.raw ? nil : SearchQuery(request.text)
        let expression = request.raw ? request.text : query?.matchExpression
        var matchExpression: String?
        if let id = idLookup {
            conditions.insert("p.arxiv_id = ?", at: 0)
            values.insert(.text(id.rawValue), at: 0)
        } else if let expression, !expression.isEmpty {
            matchExpression = expression
            from = "papers_fts JOIN papers p ON p.id = papers_fts.rowid"
            conditions.insert("papers_fts MATCH ?", at: 0)
            values.insert(.text(expression), at: 0)
        } else if let exclusion = query?.exclusionExpression {
            conditions.append("p.id NOT IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)")
            values.append(.text(exclusion))
        }
        // The rank's phrase document counts, when this connection keeps them (`RankStatistics`),
        // looked up only when the rank orders the page.
        var rankCounts: [Int64] = []
        var orderValues: [SQLValue] = []
        switch request.sort {
        case .relevance:
            guard matchExpression != nil else { break }
            rankCounts = try query.flatMap { try rankStatistics.phraseCounts($0.phrases, in: self) } ?? []
            order = RankFunction.call(countParameters: rankCounts.count) + ", p.id"
            orderValues = rankCounts.map(SQLValue.int)
        case .date: break
        case .score: order = "p.score DESC, \(PaperStore.paperDate) DESC, p.arxiv_id"
        }
        let limit = max(0, request.limit), offset = max(0, request.offset)
        let pageSQL = "SELECT p.id FROM \(from)"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY \(order) LIMIT ? OFFSET ?"
        values += orderValues + [.int(Int64(limit)), .int(Int64(offset))]

        var ids: [Int64] = []
        var snippets: [Int64: String] = [:]
        var collected: (page: [RankCollector.Match], phraseSizes: [Int32])?
        do {
            if let matchExpression, request.sort == .relevance, !filter.narrowsBeyondExclusion {
                // Past Int.max, "everything" is the same page (the CLI takes any --offset).
                let (capacity, overflow) = offset.addingReportingOverflow(limit)
                let collector = RankCollector(capacity: overflow ? .max : capacity,
                                              admits: filter.includeExcluded ? { _ in true } : isIncluded)
                try collectRanked(matchExpression, counts: rankCounts, into: collector)
                let page = collector.page(offset: offset)
                ids = page.map(\.rowid)
                collected = (page, collector.phraseSizes)
            } else {
                try statement(pageSQL).forEach(values) { ids.append(Int64($0.int(0))) }
                if let matchExpression, !ids.isEmpty { snippets = try self.snippets(ids, match: matchExpression) }
            }
        } catch let error as StoreError where request.raw {
            throw SearchError.rawSyntax(query: request.text, reason: error.sqliteMessage ?? error.message)
        }
        guard !ids.isEmpty else { return [] }
        let rows = try rowsByID(ids)
        if let collected {
            return collected.page.compactMap { match in
                guard var result = rows[match.rowid] else { return nil }
                result.snippet = snippetState.snippet(of: result.abstract, column: SnippetFunction.searchColumn, match: match,
                                                      phraseSizes: collected.phraseSizes, markup: SnippetFunction.searchMarkup,
                                                      tokens: SnippetFunction.searchWindow)
                return result
            }
        }
        return ids.compactMap { id in
            guard var result = rows[id] else { return nil }
            result.snippet = snippets[id]
            return result
        }
    }

    /// A relevance page for searches with no filter but the excluded flag (most of them), in one
    /// pass over the full-text index: `arxiv_bm25` scores every match and hands the best to
    /// `collector`, with their phrase instances, from which the page's snippets are built.
    ///
    /// No row of `papers` is read per match: the general path's join (a row lookup per match)
    /// took twice as long, and so did checking the excluded flag of every match; the collector
    /// checks it only for matches good enough for the page.
    private func collectRanked(_ match: String, counts: [Int64], into collector: RankCollector) throws {
        guard collector.capacity > 0 else { return }
        let sql = "SELECT \(RankFunction.call(countParameters: counts.count)) FROM papers_fts WHERE papers_fts MATCH ?"
        rankInputs.collector = collector
        defer { rankInputs.collector = nil }
        // The rank's parameters come first in the statement's text, so they are bound first.
        try statement(sql).forEach(counts.map(SQLValue.int) + [.text(match)]) { _ in }
        if let error = collector.error { throw error }
    }

    /// Whether the paper with this rowid is not excluded (nor missing).
    private func isIncluded(_ rowid: Int64) throws -> Bool {
        try statement("SELECT excluded FROM papers WHERE id = ?").first([.int(rowid)]) { $0.int(0) == 0 } ?? false
    }

    /// Full rows for `ids`, in the order given.
    func papers(_ ids: [Int64]) throws -> [PaperResult] {
        let byID = try rowsByID(ids)
        return ids.compactMap { byID[$0] }
    }

    private func rowsByID(_ ids: [Int64]) throws -> [Int64: PaperResult] {
        var byID: [Int64: PaperResult] = [:]
        let sql = "SELECT p.id, \(PaperResult.columns) FROM papers p WHERE p.id IN (\(placeholders(ids.count)))"
        try statement(sql).forEach(ids.map(SQLValue.int)) { row in
            byID[Int64(row.int(0))] = PaperResult(row: row, offset: 1)
        }
        return byID
    }

    private func snippets(_ ids: [Int64], match: String) throws -> [Int64: String] {
        var snippets: [Int64: String] = [:]
        let sql = """
            SELECT rowid, \(SnippetFunction.searchCall) FROM papers_fts
            WHERE papers_fts MATCH ? AND rowid IN (\(placeholders(ids.count)))
            """
        try statement(sql).forEach([.text(match)] + ids.map(SQLValue.int)) { row in
            snippets[Int64(row.int(0))] = row.optionalText(1)
        }
        return snippets
    }

    private func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }

    /// Streams every paper matching `filter`, by date then score (best first), one row at a time:
    /// memory stays flat however many rows there are.
    public func forEachPaper(matching filter: PaperFilter, _ body: (PaperResult) throws -> Void) throws {
        let (conditions, values) = filter.conditions()
        let sql = "SELECT \(PaperResult.columns) FROM papers p"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY \(PaperStore.paperDate), p.score DESC, p.arxiv_id"
        try database.prepare(sql).forEach(values) { try body(PaperResult(row: $0)) }
    }
}
