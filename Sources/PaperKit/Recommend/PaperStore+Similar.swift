/// "More like this": the papers that share most of a paper's significant words, by bm25.
extension PaperStore {
    /// The papers most like the one with `arxivID` (any spelling), best first, never that paper
    /// itself: a search for its `SimilarityQuery` terms, ranked by the index's bm25. Each result's
    /// score is the negated bm25 (higher is more alike) and its reasons are the shared terms.
    public func similar(to arxivID: String, limit: Int = 20, since: Day? = nil) throws -> [Recommendation] {
        guard let row = try rowIDs(arxivIDs: [arxivID]).first else { throw SimilarError.unknownPaper(arxivID) }
        var filter = PaperFilter()
        filter.since = since
        return try similar(toRowID: row, limit: limit, filter: filter)
    }

    /// `similar(to:)` by row id, over the papers `filter` admits.
    func similar(toRowID row: Int64, limit: Int, filter: PaperFilter, reasonCount: Int = 3) throws -> [Recommendation] {
        guard limit > 0, let paper = try papers([row]).first else { return [] }
        let query = try SimilarityQuery(paper: paper, store: self)
        guard let text = query.searchText else { return [] }
        var request = SearchRequest(text: text)
        request.filter = filter
        request.limit = limit + 1
        let ranked = try rankedRowIDs(request).filter { $0.id != row }.prefix(limit)
        let rows = try rowsByID(ranked.map(\.id))
        return ranked.enumerated().compactMap { k, hit in
            guard let result = rows[hit.id] else { return nil }
            return Recommendation(paper: result, score: hit.bm25.map { -$0 } ?? 1 / Double(k + 1),
                                  reasons: query.reasons(for: result, count: reasonCount))
        }
    }
}

/// Similar-paper failures the user can fix.
public enum SimilarError: ArxivBotError {
    case unknownPaper(String)

    public var errorDescription: String? {
        switch self {
        case let .unknownPaper(id):
            return "paper \(id) is not in the store; ingest or backfill it first, or check the ID"
        }
    }

    public var exitCode: ExitStatus { .noInput }
}
