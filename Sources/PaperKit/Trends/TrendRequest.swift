/// What a trend counts: up to `maxQueries` searches over one range of paper dates, in one unit,
/// under one filter. The filter's own `since`/`until` are replaced by the range.
public struct TrendRequest: Sendable {
    /// At most this many queries per trend (the CLI, `/trends` and `/api/trends` share it).
    public static let maxQueries = 8

    /// The searches, as `query` takes them.
    public var queries: [String]
    /// Pass each query to FTS5 as written.
    public var raw = false
    /// The unit the days are bucketed into.
    public var period: TrendPeriod
    /// The paper dates counted.
    public var range: DigestRange
    /// The filters of `query`; its dates are replaced by `range`.
    public var filter: PaperFilter

    /// Throws `TrendError.noQueries` or `.tooManyQueries` unless 1 to `maxQueries` queries are given.
    public init(queries: [String], period: TrendPeriod, range: DigestRange, filter: PaperFilter = PaperFilter()) throws {
        guard !queries.isEmpty else { throw TrendError.noQueries }
        guard queries.count <= Self.maxQueries else { throw TrendError.tooManyQueries(queries.count) }
        self.queries = queries
        self.period = period
        self.range = range
        self.filter = filter
    }

    /// The filter with the range as its date bounds.
    public var rangedFilter: PaperFilter {
        var filter = self.filter
        filter.since = range.from
        filter.until = range.to
        return filter
    }

    /// The search of query `index`: its match set under the ranged filter (never ranked).
    public func search(_ index: Int) -> SearchRequest {
        var request = SearchRequest(text: queries[index])
        request.raw = raw
        request.filter = rangedFilter
        request.sort = .date
        return request
    }
}

/// Trend options the user can fix; all are usage errors (exit 64).
public enum TrendError: ArxivBotError, Equatable {
    case noQueries
    case tooManyQueries(Int)
    case badPeriod(String)
    case badBound(option: String, value: String)
    case conflictingRange(String)

    public var errorDescription: String? {
        switch self {
        case .noQueries:
            return "a trend needs a query; give one or more, e.g. arxiv-bot trend 'speculative decoding'"
        case let .tooManyQueries(n):
            return "\(n) queries is too many for one trend; give at most \(TrendRequest.maxQueries)"
        case let .badPeriod(text):
            return "\(text) is not a trend period; use day, week, month or year"
        case let .badBound(option, value):
            return "\(option) \(value) is not a date; use YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2023-01"
        case let .conflictingRange(options):
            return "\(options) both give the range; give one of them"
        }
    }

    public var exitCode: ExitStatus { .usage }
}
