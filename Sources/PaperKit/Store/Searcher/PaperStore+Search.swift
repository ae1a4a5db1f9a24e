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

    public var exitCode: ExitStatus { .usage }
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
        let limit = max(0, request.limit), offset = max(0, request.offset)

        var ids: [Int64] = []
        var snippets: [Int64: String] = [:]
        var collected: (page: [RankCollector.Match], phraseSizes: [Int32])?
        do {
            if let matchExpression, request.sort == .relevance {
                // The rank's phrase document counts, when this connection keeps them (`RankStatistics`).
                let counts = try query.flatMap { try rankStatistics.phraseCounts($0.phrases, in: self) } ?? []
                // Past Int.max, "everything" is the same page (the CLI takes any --offset).
                let (capacity, overflow) = offset.addingReportingOverflow(limit)
                // Without other filters the index is read alone, the excluded flag looked up only for candidates.
                let indexOnly = !filter.narrowsBeyondExclusion
                let collector = RankCollector(capacity: overflow ? .max : capacity,
                                              admits: indexOnly && !filter.includeExcluded ? isIncluded : { _ in true })
                if indexOnly {
                    try collectRanked(from: "papers_fts", where: ["papers_fts MATCH ?"], [.text(matchExpression)],
                                      counts: counts, into: collector)
                } else {
                    try collectRanked(from: from, where: conditions, values, counts: counts, into: collector)
                }
                let page = collector.page(offset: offset)
                ids = page.map(\.rowid)
                collected = (page, collector.phraseSizes)
            } else {
                let order = request.sort == .score ? "p.score DESC, \(PaperStore.paperDate) DESC, p.arxiv_id"
                    : "\(PaperStore.paperDate) DESC, p.score DESC, p.arxiv_id"
                let pageSQL = "SELECT p.id FROM \(from)"
                    + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
                    + " ORDER BY \(order) LIMIT ? OFFSET ?"
                try statement(pageSQL).forEach(values + [.int(Int64(limit)), .int(Int64(offset))]) { ids.append(Int64($0.int(0))) }
                if let matchExpression, !ids.isEmpty { snippets = try self.snippets(ids, match: matchExpression) }
            }
        } catch let error as StoreError where request.raw {
            throw SearchError.rawSyntax(query: request.text, reason: error.sqliteMessage ?? error.message)
        }
        guard !ids.isEmpty else { return [] }
        let rows = try rowsByID(ids)
        if let collected {
            // From the phrase instances the rank kept and the abstracts just read: no second pass over the index.
            for match in collected.page {
                guard let abstract = rows[match.rowid]?.abstract else { continue }
                snippets[match.rowid] = snippetState.snippet(of: abstract, column: SnippetFunction.searchColumn, match: match,
                                                             phraseSizes: collected.phraseSizes, markup: SnippetFunction.searchMarkup,
                                                             tokens: SnippetFunction.searchWindow)
            }
        }
        return ids.compactMap { id in
            guard var result = rows[id] else { return nil }
            result.snippet = snippets[id]
            return result
        }
    }

    /// A relevance page in one pass over the matches of `conditions`, without sorting them:
    /// `arxiv_bm25` scores each one and hands those good enough for the page to `collector`, with
    /// their phrase instances, from which the page's snippets are built. FTS5's own `ORDER BY rank`
    /// copied every match's position lists into a full sort, and the joined path's `ORDER BY`
    /// sorted every match and then seeked each page row in the index again for its snippet.
    ///
    /// Searches with no filter but the excluded flag (most of them) read the index alone: joining
    /// `papers` for every match, or checking the excluded flag of every match, took twice as long
    /// as checking it for the candidates only (`admits`).
    private func collectRanked(from source: String, where conditions: [String], _ values: [SQLValue], counts: [Int64],
                               into collector: RankCollector) throws {
        guard collector.capacity > 0 else { return }
        let sql = "SELECT \(RankFunction.call(countParameters: counts.count)) FROM \(source) WHERE "
            + conditions.joined(separator: " AND ")
        rankInputs.collector = collector
        defer { rankInputs.collector = nil }
        // The rank's parameters come first in the statement's text, so they are bound first.
        try statement(sql).forEach(counts.map(SQLValue.int) + values) { _ in }
        if let error = collector.error { throw error }
    }

    /// Whether the paper with this rowid is not excluded (nor missing).
    private func isIncluded(_ rowid: Int64) throws -> Bool {
        try statement("SELECT excluded FROM papers WHERE id = ?").first([.int(rowid)]) { $0.int(0) == 0 } ?? false
    }

    /// Papers by ID (any spelling), in the order given; unknown IDs are left out.
    public func papers(arxivIDs: [String]) throws -> [PaperResult] {
        var rowIDs: [Int64] = []
        let lookup = try statement("SELECT id FROM papers WHERE arxiv_id = ?")
        for text in arxivIDs {
            guard let id = ArxivID(text), let row = try lookup.first([.text(id.rawValue)], { Int64($0.int(0)) }) else { continue }
            rowIDs.append(row)
        }
        return rowIDs.isEmpty ? [] : try papers(rowIDs)
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
