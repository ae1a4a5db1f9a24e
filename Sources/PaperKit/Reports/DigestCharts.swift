import Foundation

/// The two small charts of the html digest: papers per day in each digest category, and per day
/// for each watch (or, without watches, the range's top keywords), as `Trend`s the SVG renderer
/// draws inline. Days arXiv does not announce are shaded, missing ones hatched, as in `trend`.
public struct DigestCharts: Sendable {
    public var categories: Trend
    /// Watches when the configuration has some, else the top keywords; nil when neither.
    public var interests: Trend?
    /// What `interests` counts: "watches" or "keywords".
    public var interestsLabel: String
}

extension DigestBuilder {
    /// The charts of `digest` (its range, days and statistics): one `GROUP BY` date per category,
    /// one for the keywords (or one per watch).
    func charts(for digest: Digest, watches: [Watch]) throws -> DigestCharts {
        let range = digest.range
        var dated = PaperFilter(dated: range)
        dated.includeExcluded = true
        let totals = try store.papersPerDay(passing: dated)
        let categories = digest.selection.categories.isEmpty ? configuration.categories : digest.selection.categories
        let perCategory = try categories.prefix(TrendRequest.maxQueries).map { category -> [Day: Int] in
            var filter = dated
            filter.categories = [category]
            return try store.papersPerDay(passing: filter)
        }
        let categoryTrend = trend(Array(categories.prefix(TrendRequest.maxQueries)), perCategory, totals, digest)
        if !watches.isEmpty {
            let perWatch = try watches.prefix(TrendRequest.maxQueries).map { try store.papersPerDay(matching: $0.request(within: dated)) }
            return DigestCharts(categories: categoryTrend, interests: trend(watches.prefix(TrendRequest.maxQueries).map(\.name), perWatch, totals, digest),
                                interestsLabel: "watches")
        }
        let keywords = digest.statistics.topKeywords.prefix(5).map(\.name)
        guard !keywords.isEmpty else { return DigestCharts(categories: categoryTrend, interests: nil, interestsLabel: "keywords") }
        let hits = try store.keywordHitsPerDay(keywords, from: range.from, to: range.to)
        return DigestCharts(categories: categoryTrend, interests: trend(keywords, keywords.map { hits[$0] ?? [:] }, totals, digest),
                            interestsLabel: "keywords")
    }

    private func trend(_ names: [String], _ series: [[Day: Int]], _ totals: [Day: Int], _ digest: Digest) -> Trend {
        let statuses = Dictionary(digest.statistics.days.map { ($0.day, $0.kind) }, uniquingKeysWith: { a, _ in a })
        let rows = digest.range.days.map { day -> TrendRow in
            let kind = statuses[day]
            let closed = if case .closed = kind { true } else { false }
            return TrendRow(label: day.description, first: day, last: day, counts: series.map { $0[day] ?? 0 },
                            total: totals[day] ?? 0, closed: closed, missingDays: kind == .missing ? 1 : 0,
                            futureDays: kind == .future ? 1 : 0)
        }
        return Trend(queries: names, period: .day, range: digest.range, rows: rows)
    }
}
