/// Exact top-k relevance search that skips what cannot reach the page. With search bounds
/// (`SearchBounds`), the matches are scored one block of rowids at a time, highest bound first,
/// into the same `RankCollector`; once the collector holds the page and the next block's bound
/// is below its last match, no unscored row can enter the page, and the search stops. The page,
/// its order, its scores and its snippets are those of scoring every match: the same rank
/// function scores the same rows with the same document counts, and a skipped row scores below
/// a row already kept. `PrunedSearchTests` compares the pages with the reference engine's.
extension PaperStore {
    /// How relevance searches with words are answered.
    package enum RelevancePlan: Sendable {
        /// Blocks where the store has bounds and the rarest ANDed group is common enough.
        case auto
        /// Always score every match.
        case scoreEveryMatch
        /// Blocks whenever the store has bounds (tests, on small stores).
        case scoreBlocks
    }

    /// A search whose every ANDed group matches fewer rows than this scores every match: a few
    /// milliseconds, less than reading the bounds.
    static let blockSearchMinimumMatches: Int64 = 10_000
    /// Past this many rows rewritten since the build, searches score every match.
    static let blockSearchMaximumChanges = 2_000
    /// Past this page end (offset + limit), searches score every match.
    static let blockSearchMaximumCapacity = 5_000
    /// Blocks scored one range at a time, at least, before the rest may be scored in one pass
    /// that skips what cannot reach the page (`PaperStore.blockRanges`).
    package static let defaultBlockRanges = 96
    /// A range costs a seek in every word's doclist (about 15 µs), the one pass about 0.13 µs a
    /// match it skips: ranges go on while the blocks still above the page's bar number fewer
    /// than the matches / 100.
    static let matchesPerRange = 100.0

    /// Scores the matches of `query` into `collector` through `score` (its document counts and a
    /// rowid range, nil for every row): the best blocks one by one, then, unless the page is
    /// settled, one pass over the rest that skips the blocks that cannot reach it. False, having
    /// scored nothing, when the bounds do not apply. Rows past the build and rows rewritten since
    /// are always scored.
    ///
    /// `onePass`: whether a pass over every match is cheap for the rows it skips. Where the
    /// search joins papers for a filter, SQLite filters each match before the rank sees it, and
    /// only ranges save work.
    func scoreBlocks(of query: SearchQuery, into collector: RankCollector, onePass: Bool,
                     score: (_ counts: [Int64], _ rowids: ClosedRange<Int64>?) throws -> Void) throws -> Bool {
        // A prefix is expanded again for every range: its searches read the index once.
        guard relevancePlan != .scoreEveryMatch, collector.capacity <= Self.blockSearchMaximumCapacity,
              !query.terms.contains(where: { $0.isPrefix && !$0.excluded }), let bounds = try searchBounds() else { return false }
        let changes = try searchBoundChanges(limit: Self.blockSearchMaximumChanges + 1)
        guard changes.count <= Self.blockSearchMaximumChanges else { return false }
        let phrases = try PhraseBounds(query, bounds: bounds, store: self)
        let groups = query.groups
        if relevancePlan == .auto {
            guard let estimate = phrases.estimatedMatches(groups: groups), estimate >= Self.blockSearchMinimumMatches else { return false }
        }
        let counts = try phrases.documentCounts(query.phrases, unchanged: changes.isEmpty, store: self)
        // The exact counts can show a rare phrase of common words: then one pass is cheapest.
        let fewest = groups.map({ $0.reduce(Int64(0)) { $0 + counts[$1] } }).min() ?? 0
        if relevancePlan == .auto, fewest < Self.blockSearchMinimumMatches {
            try score(counts, nil)
            return true
        }
        let (rows, tokens) = try indexTotals()
        let blocks = BlockBounds(groups: groups, saturations: phrases.saturations,
                                 idf: counts.map { BM25.idf(rows: rows, documents: $0) },
                                 loosening: bounds.loosening(averageLength: Double(tokens) / Double(max(rows, 1))))
        let ranked = blocks.ranked(blockCount: bounds.blockCount)

        if bounds.builtThrough < .max { try score(counts, (bounds.builtThrough + 1)...Int64.max) }
        var scoredBlocks = [Bool](repeating: false, count: bounds.blockCount)
        var settled = true
        for (n, (block, bound)) in ranked.enumerated() {
            // A margin far above rounding: the bound and the rank are the same formula in another order.
            if let worst = collector.threshold, bound * (1 + 1e-9) < -worst { break }
            if onePass && n >= blockRanges && (n - blockRanges) % 16 == 0 {
                let bar = collector.threshold.map { -$0 } ?? 0
                let above = Self.firstBelow(bar, in: ranked, from: n) - n
                guard Double(above) * Self.matchesPerRange < Double(fewest) else { settled = false; break }
            }
            try score(counts, bounds.rowids(ofBlock: block))
            scoredBlocks[block] = true
        }
        let rewritten = changes.filter { !scoredBlocks[Int($0 / bounds.blockSize)] }
        for row in rewritten { try score(counts, row...row) }
        if !settled {
            var limits = [Double](repeating: 0, count: bounds.blockCount)
            for (block, bound) in ranked { limits[block] = bound }
            collector.skipping = .init(blockSize: bounds.blockSize, builtThrough: bounds.builtThrough, bounds: limits,
                                       scoredBlocks: scoredBlocks, scoredRows: Set(rewritten))
            defer { collector.skipping = nil }
            try score(counts, nil)
        }
        return true
    }

    /// The index of the first of `ranked` (highest bound first) from `start` on whose bound is
    /// below `bar`, or its count.
    private static func firstBelow(_ bar: Double, in ranked: [(block: Int, bound: Double)], from start: Int) -> Int {
        var (low, high) = (start, ranked.count)
        while low < high {
            let middle = (low + high) / 2
            if ranked[middle].bound * (1 + 1e-9) < bar { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// The bounds and document counts of a search's phrases.
private struct PhraseBounds {
    /// Per word to find: its saturation bounds per block, nil when unknown.
    var saturations: [[Float]?] = []
    /// Per word to find: the rows of its one word at the build, when it is a single word with an
    /// entry, no prefix and no column filter (its count can then be brought up to date cheaply).
    var builtDocuments: [Int64?] = []
    /// Per word to find: how many rows it can match at most, as far as the build tells.
    var estimatedDocuments: [Int64] = []
    let bounds: SearchBounds

    init(_ query: SearchQuery, bounds: SearchBounds, store: PaperStore) throws {
        self.bounds = bounds
        var entries: [String: SearchBounds.Term?] = [:]
        for term in query.terms where !term.excluded {
            var tokens = store.indexTokenizer.tokens(term.text)
            // Only the last word of a prefix phrase is a prefix; the others are words like any.
            let exact = term.isPrefix ? Array(tokens.dropLast()) : tokens
            let known = try exact.compactMap { token -> SearchBounds.Term? in
                if let entry = entries[token] { return entry }
                let entry = try store.searchBoundTerm(token)
                entries[token] = entry
                return entry
            }
            saturations.append(BlockBounds.smallest(known.map(\.blocks)))
            // No entry: a word in fewer than minDocuments rows, or a prefix that could match anything.
            estimatedDocuments.append(known.map(\.documents).min() ?? (term.isPrefix && exact.isEmpty ? Self.anything : bounds.minDocuments))
            tokens = term.isPrefix || term.field != nil ? [] : tokens
            builtDocuments.append(tokens.count == 1 ? known.first?.documents : nil)
        }
    }

    /// The fewest rows any ANDed group can match, estimated from the build (a word without an
    /// entry was in fewer than `minDocuments` rows; a prefix alone could match anything).
    func estimatedMatches(groups: [[Int]]) -> Int64? {
        groups.map { group in
            group.reduce(Int64(0)) { total, phrase in min(Self.anything, total + estimatedDocuments[phrase]) }
        }.min()
    }

    private static let anything = Int64.max / 4

    /// bm25's document count of each phrase of the search (`SearchQuery.phrases`): from the
    /// connection's statistics when it keeps them; for a single word with an entry and no row
    /// rewritten since the build, the build's count plus the rows added since; else counted.
    func documentCounts(_ phrases: [String], unchanged: Bool, store: PaperStore) throws -> [Int64] {
        if let kept = try store.rankStatistics.phraseCounts(phrases, in: store) { return kept }
        return try phrases.enumerated().map { index, phrase in
            if unchanged, index < builtDocuments.count, let built = builtDocuments[index] {
                return built + (try store.indexMatches(phrase, after: bounds.builtThrough))
            }
            return try store.indexMatches(phrase)
        }
    }
}
