/// The range of a trend from the command line or a URL: `from`/`to` as `YYYY-MM-DD`, `YYYY-MM` or
/// `YYYY` (a month or year starts on its first day and ends on its last), or the last `days` days. With neither,
/// the default span of the period (`defaultPeriods`), widened to whole periods, ending today.
public enum TrendRange {
    /// How many periods a trend covers when no range is given: 30 days, 26 weeks, 24 months, 10 years.
    public static func defaultPeriods(_ period: TrendPeriod) -> Int {
        switch period {
        case .day: return 30
        case .week: return 26
        case .month: return 24
        case .year: return 10
        }
    }

    /// The inclusive range; bad or reversed bounds are usage errors.
    public static func resolve(from: String?, to: String?, days: Int?, period: TrendPeriod, today: Day) throws -> DigestRange {
        if days != nil, from != nil || to != nil { throw TrendError.conflictingRange("--days and --from/--to") }
        if let days { return try DigestRange.last(days, endingOn: today) }
        let end = try to.map { try bound($0, option: "--to", last: true) } ?? today
        if let from { return try DigestRange(from: try bound(from, option: "--from", last: false), to: end) }
        var start = period.start(of: end)
        for _ in 1..<defaultPeriods(period) { start = period.start(of: start.adding(days: -1)) }
        return try DigestRange(from: start, to: end)
    }

    /// `2026-11-03`, or `2026-11` / `2026` as its first (or, for `last`, its last) day.
    static func bound(_ text: String, option: String, last: Bool) throws -> Day {
        if text.utf8.count == 4, text.allSatisfy(\.isASCIIDigit), let first = Day(iso: text + "-01-01") {
            guard DigestRange.supportedYears.contains(first.year) else { throw TrendError.badBound(option: option, value: text) }
            return last ? Day(year: first.year, month: 12, day: 31)! : first
        }
        if text.utf8.count == 7, let first = Day(iso: text + "-01") {
            guard DigestRange.supportedYears.contains(first.year) else { throw TrendError.badBound(option: option, value: text) }
            return last ? TrendPeriod.month.next(after: first).adding(days: -1) : first
        }
        guard text.utf8.count == 10, let day = Day(iso: text), DigestRange.supportedYears.contains(day.year) else {
            throw TrendError.badBound(option: option, value: text)
        }
        return day
    }
}
