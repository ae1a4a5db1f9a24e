import PaperKit

/// The trend a query string describes: `q` (repeatable, 1 to `TrendRequest.maxQueries`), `by`
/// (day, week, month, year), `from`/`to` (YYYY-MM-DD, YYYY-MM or YYYY) or `days`, and the filters of
/// search. Every bad value is a 400 naming the parameter.
extension QueryParameters {
    /// The most periods one trend may have: ten years of weeks, or a year and a half of days.
    static let maxTrendPeriods = 530

    func trend(today: Day) throws -> TrendRequest {
        let queries = all("q")
        guard !queries.isEmpty else { throw ServerError.badParameter("q is missing; give one to \(TrendRequest.maxQueries) queries as q=...&q=...") }
        guard queries.count <= TrendRequest.maxQueries else {
            throw ServerError.badParameter("\(queries.count) queries is too many for one trend; give at most \(TrendRequest.maxQueries)")
        }
        var period = TrendPeriod.month
        if let by = string("by") {
            guard let value = TrendPeriod(rawValue: by) else { throw ServerError.badParameter("by must be day, week, month or year") }
            period = value
        }
        let days = try int("days", in: 1...DigestRange.maxDays)
        let request: TrendRequest
        do {
            let range = try TrendRange.resolve(from: string("from"), to: string("to"), days: days, period: period, today: today)
            request = try TrendRequest(queries: queries, period: period, range: range, filter: try filter(dates: false))
        } catch let error as TrendError {
            throw ServerError.badParameter(ParameterText.unflagged(error.message))
        } catch let error as ReportError {
            throw ServerError.badParameter(ParameterText.unflagged(error.message))
        }
        let count = period.periods(from: request.range.from, to: request.range.to).count
        guard count <= Self.maxTrendPeriods else {
            throw ServerError.badParameter("\(count) periods is too many for one trend (at most \(Self.maxTrendPeriods)); ask for a shorter range or a longer period")
        }
        return request
    }
}
