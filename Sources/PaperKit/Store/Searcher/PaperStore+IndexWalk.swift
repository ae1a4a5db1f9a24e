/// Newest-first and best-first searches of a common word: walk the paper-date (or score) index
/// from the newest day (or best score) and keep the papers in the match set, stopping once the
/// page is full, instead of sorting every match. Both plans have the same conditions and the same
/// `ORDER BY` (SQLite sorts only within a day, or a score), so they return the same page;
/// `IndexWalkTests` compares them. For a rare word the walk would pass most of the index before
/// the page fills, so the store chooses by the match count.
extension PaperStore {
    /// How newest-first and best-first searches with words are answered.
    package enum SortedPlan: Sendable {
        /// By the match count: walk the index when matches are common enough.
        case auto
        /// Always sort the matches (the plan of every other search).
        case sortMatches
        /// Always walk the index.
        case walkIndex
    }

    /// The index a `sort`ed page of `match` walks, or nil when sorting the matches is cheaper.
    /// Walking reads about `(offset + limit) × papers / matches` index entries, sorting reads
    /// every match (each with a row lookup), so the walk wins when matches² exceed
    /// `(offset + limit) × papers` (a margin of 4). Filters other than dates, score and the
    /// excluded flag would make the walk check each paper's other rows, so those searches sort.
    func walkedIndex(_ sort: PaperSort, match: String, filter: PaperFilter, limit: Int, offset: Int) throws -> String? {
        let index: String
        switch sort {
        case .date: index = "papers_date"
        case .score: index = "papers_score"
        case .relevance: return nil
        }
        switch sortedPlan {
        case .sortMatches: return nil
        case .walkIndex: return index
        case .auto: break
        }
        var others = filter
        (others.since, others.until, others.minScore, others.includeExcluded) = (nil, nil, nil, true)
        guard others.conditions().isEmpty else { return nil }
        let (wanted, overflow) = offset.addingReportingOverflow(limit)
        guard !overflow else { return nil }
        // max(rowid) is one B-tree descent; count(*) of papers would read every row.
        let papers = try statement("SELECT max(rowid) FROM papers").first { $0.int(0) } ?? 0
        let matches = try indexMatches(match)
        return Double(matches) * Double(matches) >= 4 * Double(wanted) * Double(papers) ? index : nil
    }
}
