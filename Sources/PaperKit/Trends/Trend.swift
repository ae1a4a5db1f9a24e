/// A trend: for each period of a range, how many papers each query matched, out of how many
/// papers passed the same filters, and what the ledger knows about the period's days.
public struct Trend: Sendable {
    /// The queries, in the order of every row's `counts`.
    public var queries: [String]
    /// The unit of the rows.
    public var period: TrendPeriod
    /// The paper dates counted.
    public var range: DigestRange
    /// Every period of the range in order, those without matches included.
    public var rows: [TrendRow]

    /// A trend of `rows` (built by `TrendBuilder`, or by hand for rendering).
    public init(queries: [String], period: TrendPeriod, range: DigestRange, rows: [TrendRow]) {
        self.queries = queries
        self.period = period
        self.range = range
        self.rows = rows
    }

    /// The largest count of any query in any period (0 for an empty trend).
    public var maxCount: Int { rows.flatMap(\.counts).max() ?? 0 }

    /// The largest share of any query in any period.
    public var maxShare: Double { rows.flatMap { row in row.counts.indices.map(row.share) }.max() ?? 0 }

    /// The matches of query `index` over the whole range.
    public func total(of index: Int) -> Int { rows.reduce(0) { $0 + $1.counts[index] } }
}

/// One period of a trend.
public struct TrendRow: Sendable, Equatable {
    /// `2026-W49`, `2026-11`, ... (see `TrendPeriod`).
    public var label: String
    /// The period's first and last day inside the range (the range may cut the first and last period).
    public var first: Day
    public var last: Day
    /// Papers matching each query, in the order of the queries.
    public var counts: [Int]
    /// Papers of the period that pass the filters, matching or not.
    public var total: Int
    /// Every day of the period is one arXiv does not announce on (weekend or holiday).
    public var closed: Bool
    /// Days arXiv announced but the ledger has no ingest for, and no paper is dated on.
    public var missingDays: Int
    /// Days after the newest feed day: the period is not over.
    public var futureDays: Int

    /// One period's counts and what the ledger says of its days.
    public init(label: String, first: Day, last: Day, counts: [Int], total: Int, closed: Bool, missingDays: Int, futureDays: Int) {
        self.label = label
        self.first = first
        self.last = last
        self.counts = counts
        self.total = total
        self.closed = closed
        self.missingDays = missingDays
        self.futureDays = futureDays
    }

    /// A dip here may be missing data, not a real fall: a day was missed, or the period is not over.
    public var incomplete: Bool { missingDays > 0 || futureDays > 0 }

    /// The share of query `index` among the period's papers, 0 to 1 (0 when there are none).
    public func share(_ index: Int) -> Double { total == 0 ? 0 : Double(counts[index]) / Double(total) }

    /// `closed`, `incomplete: 2 days missing`, `incomplete: not over`, or empty.
    public var note: String {
        if closed { return "closed" }
        if missingDays > 0 { return "incomplete: \(missingDays) day\(missingDays == 1 ? "" : "s") missing" }
        if futureDays > 0 { return "incomplete: not over" }
        return ""
    }
}
