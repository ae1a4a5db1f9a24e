import Foundation

/// Counts a trend: one `GROUP BY` date query per query over its match set, one for the totals
/// under the same filters, and the ledger's view of each day (`DayStatus.classify`, as digests
/// classify their days); days are bucketed into periods here, in Swift.
public struct TrendBuilder {
    public let store: PaperStore

    /// Trends of the papers in `store`.
    public init(store: PaperStore) { self.store = store }

    /// The trend of `request`. `generatedAt` decides which days are still in the future.
    public func build(_ request: TrendRequest, generatedAt: Date = Date()) throws -> Trend {
        let perQuery = try request.queries.indices.map { try store.papersPerDay(matching: request.search($0)) }
        let totals = try store.papersPerDay(passing: request.rangedFilter)
        let statuses = try dayStatuses(in: request.range, today: ArxivSchedule.feedDay(at: generatedAt))
        let rows = request.period.periods(from: request.range.from, to: request.range.to).map { period -> TrendRow in
            let days = period.first.through(period.last)
            let kinds = days.map { statuses[$0] ?? .announced }
            return TrendRow(label: period.label, first: period.first, last: period.last,
                            counts: perQuery.map { counts in days.reduce(0) { $0 + (counts[$1] ?? 0) } },
                            total: days.reduce(0) { $0 + (totals[$1] ?? 0) },
                            closed: kinds.allSatisfy { if case .closed = $0 { true } else { false } },
                            missingDays: kinds.filter { $0 == .missing }.count,
                            futureDays: kinds.filter { $0 == .future }.count)
        }
        return Trend(queries: request.queries, period: request.period, range: request.range, rows: rows)
    }

    /// Each day's kind, as a digest classifies it. A day with papers dated on it (a bulk import
    /// records papers without announcements or a daily ledger row) has data, so it is not missing.
    func dayStatuses(in range: DigestRange, today: Day) throws -> [Day: DayStatus.Kind] {
        let papers = try store.papersPerDay(in: range)
        var announced: [Day: Int] = [:]
        for row in try store.announcementCounts(in: range) { announced[row.day, default: 0] += row.count }
        let ledger = try store.ledgerDays(in: range)
        var kinds: [Day: DayStatus.Kind] = [:]
        for day in range.days {
            let status = DayStatus.classify(day, announcements: announced[day] ?? 0, papers: papers[day] ?? 0,
                                            ledgerCovers: ledger.contains(day), today: today)
            kinds[day] = status.kind == .missing && status.papers > 0 ? .empty : status.kind
        }
        return kinds
    }
}
