/// Which papers of a range go into a digest. The default is the old bot's rule: a paper in one of
/// the configured categories, announced as `new`, not excluded, scoring at least `min_score` with
/// at least one keyword hit; best score first, at most `max_papers`.
///
/// Papers from sources without announce types (API, OAI-PMH, JSON lines) have no announcement
/// rows; they count as `new`, because their date is their v1 day, the day they were new.
public struct DigestSelection: Sendable, Equatable {
    /// A paper qualifies when any of its categories is listed; empty means every category.
    public var categories: [String]
    public var types: [AnnounceType]
    public var minScore: Double
    /// At most this many papers: `max_papers` (at least 1) or `--limit` (at least 1); a summarize
    /// plan may lower it to its own limit.
    public var limit: Int
    public var requireKeywordHit = true
    public var includeExcluded = false
    /// Only papers carrying one of these tags (`report --tag`); empty means any paper.
    public var tags: [String] = []

    public init(categories: [String] = [], types: [AnnounceType] = [.new], minScore: Double = 0, limit: Int = 30) {
        self.categories = categories
        self.types = types
        self.minScore = minScore
        self.limit = limit
    }

    /// The old bot's rule with this configuration's categories, `min_score` and `max_papers`.
    public init(configuration: Configuration) {
        self.init(categories: configuration.categories, minScore: configuration.minScore, limit: configuration.maxPapers)
    }

    /// SQL conditions on `papers p` for the papers of `range` that pass, with their parameters.
    func conditions(in range: DigestRange) -> [SQLFragment] {
        var filter = PaperFilter()
        filter.since = range.from
        filter.until = range.to
        filter.categories = categories
        filter.minScore = minScore
        filter.includeExcluded = includeExcluded
        filter.tags = tags
        var sql = filter.conditions()
        if !types.isEmpty {
            let list = SQLFragment.list(types.map { .text($0.rawValue) })
            var typeCondition = "EXISTS (SELECT 1 FROM announcements an WHERE an.paper_id = p.id AND an.type IN (" + list + "))"
            if types.contains(.new) {
                typeCondition = "(" + typeCondition + " OR NOT EXISTS (SELECT 1 FROM announcements an WHERE an.paper_id = p.id))"
            }
            sql.append(typeCondition)
        }
        if requireKeywordHit { sql.append("EXISTS (SELECT 1 FROM keyword_hits k WHERE k.paper_id = p.id)") }
        return sql
    }
}
