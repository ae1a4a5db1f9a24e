import Foundation

/// Decides what goes into a digest: the selected papers and the statistics of the range,
/// from the store, the configuration and the selection.
public struct DigestBuilder {
    public let store: PaperStore
    public let configuration: Configuration
    /// How many keywords and authors the statistics list.
    public var topCount = 10
    /// Whether to count the html digest's charts (`DigestCharts`): only the html digest template
    /// shows them, and over a long range their per-category counts are the costliest part.
    public var includeCharts = false

    public init(store: PaperStore, configuration: Configuration) {
        self.store = store
        self.configuration = configuration
    }

    /// The digest of `range`. `generatedAt` is printed as "last updated" and decides which days
    /// are still in the future; tests pass a fixed instant.
    public func build(range: DigestRange, selection: DigestSelection, generatedAt: Date = Date()) throws -> Digest {
        let papers = try store.digestPapers(in: range, selection: selection)
        var stats = DigestStatistics()
        let perDay = try store.papersPerDay(in: range)
        stats.papersInRange = perDay.values.reduce(0, +)
        stats.perCategory = try store.primaryCategoryCounts(in: range)
        let announcements = try store.announcementCounts(in: range)
        stats.perType = Self.typeCounts(announcements)
        stats.passedFilter = try store.digestCount(in: range, selection: selection)
        stats.topKeywords = try store.topKeywords(in: range, selection: selection, limit: topCount)
        stats.topAuthors = try store.topAuthors(in: range, selection: selection, limit: topCount)

        var announcedPerDay: [Day: Int] = [:]
        for row in announcements { announcedPerDay[row.day, default: 0] += row.count }
        let ledger = try store.ledgerDays(in: range)
        // The newest feed date, not the UTC day: after 00:00 UTC the next feed does not exist yet.
        let today = ArxivSchedule.feedDay(at: generatedAt)
        stats.days = range.days.map { day in
            DayStatus.classify(day, announcements: announcedPerDay[day] ?? 0, papers: perDay[day] ?? 0,
                               ledgerCovers: ledger.contains(day), today: today)
        }
        var digest = Digest(range: range, generatedAt: generatedAt, selection: selection,
                            entries: papers.map(DigestEntry.init(paper:)), statistics: stats,
                            keywords: configuration.keywords, monitoredCategories: selection.categories)
        if includeCharts { digest.charts = try charts(for: digest, watches: []) }
        return digest
    }

    /// Announcements per type over all days, most first, then in arXiv's own type order.
    static func typeCounts(_ rows: [(day: Day, type: String, count: Int)]) -> [CountedName] {
        var totals: [String: Int] = [:]
        for row in rows { totals[row.type, default: 0] += row.count }
        let order = AnnounceType.allCases.map(\.rawValue)
        return totals.map { CountedName($0.key, $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count
                : (order.firstIndex(of: $0.name) ?? 99, $0.name) < (order.firstIndex(of: $1.name) ?? 99, $1.name)
        }
    }
}
