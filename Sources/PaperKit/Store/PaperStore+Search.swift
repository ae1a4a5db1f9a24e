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
    /// Ranked results: bm25 with the title weighted above authors above abstract. A query that is
    /// an arXiv ID or URL finds that paper directly; a query with nothing searchable lists the
    /// filtered papers newest first.
    public func search(_ request: SearchRequest) throws -> [PaperResult] {
        var (conditions, values) = request.filter.conditions()
        var from = "papers p"
        var extraColumns = ""
        var order: String
        let expression: String? = request.raw ? request.text : SearchQuery(request.text).matchExpression
        if !request.raw, let id = ArxivID.parse(request.text)?.id {
            conditions.insert("p.arxiv_id = ?", at: 0)
            values.insert(.text(id.rawValue), at: 0)
            order = "p.id"
        } else if let expression, !expression.isEmpty {
            from = "papers_fts JOIN papers p ON p.id = papers_fts.rowid"
            conditions.insert("papers_fts MATCH ?", at: 0)
            values.insert(.text(expression), at: 0)
            extraColumns = ", snippet(papers_fts, -1, char(2), char(3), '…', 16)"
            order = "bm25(papers_fts, 10.0, 1.0, 5.0)"
        } else {
            order = "coalesce(p.first_announced, p.published) DESC, p.score DESC, p.arxiv_id"
        }
        switch request.sort {
        case .relevance: break
        case .date: order = "coalesce(p.first_announced, p.published) DESC, p.score DESC, p.arxiv_id"
        case .score: order = "p.score DESC, coalesce(p.first_announced, p.published) DESC, p.arxiv_id"
        }
        let sql = "SELECT \(PaperResult.columns)\(extraColumns) FROM \(from)"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY \(order) LIMIT ? OFFSET ?"
        values += [.int(Int64(max(0, request.limit))), .int(Int64(max(0, request.offset)))]

        var results: [PaperResult] = []
        do {
            try database.prepare(sql).forEach(values) { row in
                var result = PaperResult(row: row)
                if !extraColumns.isEmpty { result.snippet = row.optionalText(PaperResult.columnCount) }
                results.append(result)
            }
        } catch let error as StoreError where request.raw {
            throw SearchError.rawSyntax(query: request.text, reason: error.sqliteMessage ?? error.message)
        }
        return results
    }

    /// Streams every paper matching `filter`, by date then score (best first), one row at a time:
    /// memory stays flat however many rows there are.
    public func forEachPaper(matching filter: PaperFilter, _ body: (PaperResult) throws -> Void) throws {
        let (conditions, values) = filter.conditions()
        let sql = "SELECT \(PaperResult.columns) FROM papers p"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY coalesce(p.first_announced, p.published), p.score DESC, p.arxiv_id"
        try database.prepare(sql).forEach(values) { try body(PaperResult(row: $0)) }
    }
}
