/// One way of answering a search, chosen from the request and the engine alone: each case has
/// its own method in `PaperStore+SearchPlans.swift`, and the SQL it runs is built there from
/// `SQLFragment`s, so the text and its bound values are assembled together.
enum SearchPlan: Equatable {
    /// The query is an arXiv ID or URL: that paper, when the filter admits it.
    case lookup(id: String, filter: PaperFilter)
    /// Ranked by `arxiv_bm25` over the index alone; the excluded flag is read for candidates only.
    /// `query` is nil for raw FTS5 syntax, which is scored without the search bounds.
    case relevance(match: String, query: SearchQuery?, includeExcluded: Bool)
    /// Ranked by `arxiv_bm25` over the matches that pass a filter (papers joined).
    case filteredRelevance(match: String, query: SearchQuery?, filter: PaperFilter)
    /// Ranked by FTS5's own `bm25()` with `ORDER BY`: the reference (`FullTextEngine.builtin`).
    case builtinRelevance(match: String, filter: PaperFilter)
    /// Newest or best first: the matches of `match` (or all papers, less those matching
    /// `exclusion`) that pass the filter.
    case sorted(PaperSort, match: String?, exclusion: String?, filter: PaperFilter)

    /// The plan for `request` on a store whose searches use `engine`.
    init(_ request: SearchRequest, engine: FullTextEngine) {
        var filter = request.filter
        if !request.raw, let id = ArxivID.parse(request.text)?.id {
            // Asked for by its ID, a paper an exclude keyword flagged is still the answer.
            filter.includeExcluded = true
            self = .lookup(id: id.rawValue, filter: filter)
            return
        }
        let query = request.raw ? nil : SearchQuery(request.text)
        guard let match = request.raw ? request.text : query?.matchExpression, !match.isEmpty else {
            self = .sorted(request.sort == .score ? .score : .date, match: nil,
                           exclusion: query?.exclusionExpression, filter: filter)
            return
        }
        switch (request.sort, engine) {
        case (.relevance, .builtin): self = .builtinRelevance(match: match, filter: filter)
        case (.relevance, .custom) where !filter.narrowsBeyondExclusion:
            self = .relevance(match: match, query: query, includeExcluded: filter.includeExcluded)
        case (.relevance, .custom): self = .filteredRelevance(match: match, query: query, filter: filter)
        case (let sort, _): self = .sorted(sort, match: match, exclusion: nil, filter: filter)
        }
    }
}

/// What a plan found: the page's row ids in order, and their snippets when the plan cut them.
package struct SearchPage {
    package var ids: [Int64] = []
    /// The rank of each id (relevance plans only), for comparing the engines.
    var scores: [Double] = []
    /// How many matches the rank scored (collected plans only): all of them, unless the search
    /// bounds let blocks be skipped.
    package var scored: Int?
    var snippets: [Int64: String] = [:]
    /// The ranked matches the collector kept, with their phrase instances, whose snippets are cut
    /// from the abstracts once the rows are read.
    var collected: (matches: [RankCollector.Match], phraseSizes: [Int32])?
}
