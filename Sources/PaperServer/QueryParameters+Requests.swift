import PaperKit

/// The PaperKit requests a query string describes, with the same names on every endpoint:
/// `q`, `category`, `from`, `to`, `author`, `min_score`, `type`, `sort`, `limit`, `offset`, `page`.
extension QueryParameters {
    static let maxRangeDays = 366

    /// The filter parameters, checked as the command line checks its options (a bad value is a
    /// `ReportError`, answered as a 400 naming the parameter).
    /// `dates: false` leaves `from`/`to` to the caller (trends read them as days or months).
    func filter(dates: Bool = true) throws -> PaperFilter {
        var filter = PaperFilter()
        if dates {
            filter.since = try day("from")
            filter.until = try day("to")
            try PaperFilter.checkOrder(since: filter.since, until: filter.until)
        }
        filter.categories = try PaperFilter.categories(list("category"), option: "category")
        filter.author = string("author")
        filter.minScore = try double("min_score")
        filter.types = try PaperFilter.announceTypes(list("type"), option: "type")
        return filter
    }

    /// A search; `page` (1-based, of `pageSize`) or `limit`/`offset`.
    func search(pageSize: Int) throws -> SearchRequest {
        var request = SearchRequest(text: string("q") ?? "")
        request.filter = try filter()
        if let sort = string("sort") {
            guard let value = PaperSort(rawValue: sort) else { throw ServerError.badParameter("sort must be relevance, date or score") }
            request.sort = value
        }
        request.limit = try int("limit", in: 1...RequestLimits.maxLimit) ?? pageSize
        let maxPage = RequestLimits.maxOffset / max(1, request.limit) + 1
        if let page = try int("page", in: 1...maxPage) { request.offset = (page - 1) * request.limit }
        if let offset = try int("offset", in: 0...RequestLimits.maxOffset) { request.offset = offset }
        return request
    }

    /// `from`/`to` or `week`; neither: the last `defaultDays` days ending `today`.
    func range(defaultDays: Int, today: Day) throws -> DigestRange {
        let from = string("from"), to = string("to"), week = string("week")
        if week != nil && (from != nil || to != nil) {
            throw ServerError.badParameter("week cannot be combined with from/to; choose one way to give the range")
        }
        let range: DigestRange
        do {
            if let week {
                range = try DigestRange.week(week)
            } else {
                range = try DigestRange.resolve(from: from, to: to, defaultDays: defaultDays, today: today)
            }
        } catch let error as ReportError {
            throw ServerError.badParameter(ParameterText.unflagged(error.message))
        }
        // A digest lists every day of its range; a century of days would be a cheap way to load the server.
        guard range.dayCount <= Self.maxRangeDays else {
            throw ServerError.badParameter("the range \(range.label) is longer than \(Self.maxRangeDays) days; ask for a shorter one")
        }
        return range
    }
}
