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
    /// match; with snippets when FTS5 can rank alone), the full rows of that page, and otherwise
    /// the snippets of that page. Computing rows and snippets inside a ranking query that SQLite
    /// sorts would build them for every match before sorting.
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
            order = RankFunction.orderTerm(countParameters: rankCounts.count) + ", p.id"
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
        do {
            if let matchExpression, request.sort == .relevance, !filter.narrowsBeyondExclusion {
                let sql = Self.rankedByIndexSQL(leavingOutExcluded: !filter.includeExcluded)
                try statement(sql).forEach([.text(matchExpression), .text(RankFunction.rankSetting(counts: rankCounts)),
                                            .int(Int64(limit)), .int(Int64(offset))]) { row in
                    let id = Int64(row.int(0))
                    ids.append(id)
                    snippets[id] = row.optionalText(1)
                }
            } else {
                try statement(pageSQL).forEach(values) { ids.append(Int64($0.int(0))) }
                if let matchExpression, !ids.isEmpty { snippets = try self.snippets(ids, match: matchExpression) }
            }
        } catch let error as StoreError where request.raw {
            throw SearchError.rawSyntax(query: request.text, reason: error.sqliteMessage ?? error.message)
        }
        guard !ids.isEmpty else { return [] }
        let rows = try rowsByID(ids)
        return ids.compactMap { id in
            guard var result = rows[id] else { return nil }
            result.snippet = snippets[id]
            return result
        }
    }

    /// A relevance page with snippets in one pass over the full-text index, for searches with no
    /// filter but the excluded flag (most of them). FTS5 sorts the matches by bm25 itself, so
    /// SQLite skips the offset and builds snippets only for the rows of the page; the general
    /// path joins every match to `papers` (a row lookup per match) and seeks each page row again
    /// for its snippet, which together took twice as long. The excluded check runs only for the
    /// rows stepped through (a primary-key lookup each); `NOT IN (SELECT …)` built the whole
    /// excluded set for every search, a quarter of its time. Ties come out in rowid order, as in
    /// the joined plan (RankedSearchTests compares the two).
    private static func rankedByIndexSQL(leavingOutExcluded: Bool) -> String {
        """
        SELECT rowid, \(SnippetFunction.name)(papers_fts, 1, char(2), char(3), '…', 16) FROM papers_fts
        WHERE papers_fts MATCH ? AND rank MATCH ?\(leavingOutExcluded
            ? " AND NOT EXISTS (SELECT 1 FROM papers p WHERE p.id = papers_fts.rowid AND p.excluded = 1)" : "")
        ORDER BY rank LIMIT ? OFFSET ?
        """
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
            SELECT rowid, \(SnippetFunction.name)(papers_fts, 1, char(2), char(3), '…', 16) FROM papers_fts
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
