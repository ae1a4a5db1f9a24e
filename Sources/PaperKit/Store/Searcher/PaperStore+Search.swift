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
    /// Each step touches only what the page needs: the page of ids in order (`SearchPlan`), the full
    /// rows of that page, and the snippets of that page (from the instances the rank kept and the
    /// rows' abstracts, or else from the index). Computing rows and snippets inside a ranking query
    /// that SQLite sorts would build them for every match before sorting.
    public func search(_ request: SearchRequest) throws -> [PaperResult] {
        let page = try searchPage(request)
        guard !page.ids.isEmpty else { return [] }
        let rows = try rowsByID(page.ids)
        var snippets = page.snippets
        if let collected = page.collected {
            // From the phrase instances the rank kept and the abstracts just read: no second pass over the index.
            for match in collected.matches {
                guard let abstract = rows[match.rowid]?.abstract else { continue }
                snippets[match.rowid] = snippetState.snippet(of: abstract, column: SnippetFunction.searchColumn, match: match,
                                                             phraseSizes: collected.phraseSizes, markup: SnippetFunction.searchMarkup,
                                                             tokens: SnippetFunction.searchWindow)
            }
        }
        return page.ids.compactMap { id in
            guard var result = rows[id] else { return nil }
            result.snippet = snippets[id]
            return result
        }
    }

    /// The page of row ids (with ranks and snippets where the plan has them) that `search` returns.
    package func searchPage(_ request: SearchRequest) throws -> SearchPage {
        do {
            return try page(of: SearchPlan(request, engine: fullText), limit: max(0, request.limit), offset: max(0, request.offset))
        } catch let error as StoreError where request.raw {
            throw SearchError.rawSyntax(query: request.text, reason: error.sqliteMessage ?? error.message)
        }
    }
}
