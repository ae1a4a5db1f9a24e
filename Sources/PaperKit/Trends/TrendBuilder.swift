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
        // The queries' counts on a second, read-only connection while this one reads the date
        // index: on two cores a trend takes the longer of the two, not their sum.
        let counting = ConcurrentCounts(request: request, path: store.database.path)
        // One pass over the date index gives both the days' papers (for their status) and, when the
        // filter is only dates and the excluded flag, the totals: at 2.7M papers each pass is 0.2 s.
        let dated = try store.papersPerDayByExclusion(from: request.range.from, to: request.range.to)
        var others = request.filter
        (others.since, others.until, others.includeExcluded) = (nil, nil, true)
        let totals = others.conditions().isEmpty ? (request.filter.includeExcluded ? dated.all : dated.included)
            : try store.papersPerDay(passing: request.rangedFilter)
        let statuses = try dayStatuses(in: request.range, today: ArxivSchedule.feedDay(at: generatedAt), papers: dated.all)
        let perQuery = try counting.result() ?? request.queries.indices.map { try store.papersPerDay(matching: request.search($0)) }
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
    func dayStatuses(in range: DigestRange, today: Day, papers: [Day: Int]) throws -> [Day: DayStatus.Kind] {
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

/// Each query's papers per day, counted on a thread of its own over a read-only connection.
/// `result()` waits for it; nil when no second connection could be opened (the caller counts on
/// its own connection then).
private final class ConcurrentCounts: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<[[Day: Int]], any Error>?

    init(request: TrendRequest, path: String) {
        Thread.detachNewThread { [self] in
            defer { done.signal() }
            guard let reader = try? PaperStore(readOnlyPath: path) else { return }
            outcome = Result { try request.queries.indices.map { try reader.papersPerDay(matching: request.search($0)) } }
        }
    }

    func result() throws -> [[Day: Int]]? {
        done.wait()
        return try outcome?.get()
    }
}
