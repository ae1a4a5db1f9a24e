/// Newest-first searches of a common word: walk the paper-date index from the newest day and keep
/// the papers in the match set, stopping once the page is full, instead of sorting every match
/// by date. Both plans have the same conditions and the same `ORDER BY` (date, then score, then
/// arXiv ID; SQLite sorts only within a day), so they return the same page; `SearchPlanTests`
/// compares them. For a rare word the walk would pass most of the index before the page fills,
/// so the store chooses by the match count.
extension PaperStore {
    /// How newest-first searches with words are answered.
    package enum DateSortedPlan: Sendable {
        /// By the match count: walk the date index when matches are common enough.
        case auto
        /// Always sort the matches (the plan of every other search).
        case sortMatches
        /// Always walk the date index.
        case walkDateIndex
    }

    /// Whether a newest-first page of `match` is cheaper by walking the date index. Walking reads
    /// about `(offset + limit) × papers / matches` index entries, sorting reads every match (each
    /// with a row lookup), so the walk wins when matches² exceed `(offset + limit) × papers` (a
    /// margin of 4). Filters other than dates, score and the excluded flag would make the walk
    /// check each paper's other rows, so those searches sort.
    func walksDateIndex(match: String, filter: PaperFilter, limit: Int, offset: Int) throws -> Bool {
        switch dateSortedPlan {
        case .sortMatches: return false
        case .walkDateIndex: return true
        case .auto: break
        }
        var others = filter
        (others.since, others.until, others.minScore, others.includeExcluded) = (nil, nil, nil, true)
        guard others.conditions().isEmpty else { return false }
        let (wanted, overflow) = offset.addingReportingOverflow(limit)
        guard !overflow else { return false }
        // max(rowid) is one B-tree descent; count(*) of papers would read every row.
        let papers = try statement("SELECT max(rowid) FROM papers").first { $0.int(0) } ?? 0
        let matches = try statement("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH ?").first([.text(match)]) { $0.int(0) } ?? 0
        return Double(matches) * Double(matches) >= 4 * Double(wanted) * Double(papers)
    }
}
