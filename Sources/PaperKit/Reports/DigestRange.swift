/// The inclusive range of paper dates a report covers (first announcement day, else v1 day).
public struct DigestRange: Sendable, Equatable {
    public let from: Day
    public let to: Day
    /// The ISO week, when the range was given as one (`2026-W02`).
    public private(set) var isoWeek: String?

    /// The years a range may touch: generous for arXiv (1991 on), and far enough from the calendar's
    /// ends (1 and 9999) that day arithmetic on user dates can never leave it.
    public static let supportedYears = 1800...2400

    /// The longest `--days`: a century.
    public static let maxDays = 36_525

    /// Throws `ReportError.reversedRange` when `from` is after `to`.
    public init(from: Day, to: Day) throws {
        guard from <= to else { throw ReportError.reversedRange(from: from, to: to) }
        self.from = from
        self.to = to
    }

    /// Every day of the range, in order.
    public var days: [Day] { from.through(to) }

    /// How many days the range holds, without listing them.
    public var dayCount: Int { to.daysSinceEpoch - from.daysSinceEpoch + 1 }

    /// `2026-W02 (2026-01-05 to 2026-01-11)`, `2026-01-01 to 2026-01-31`, or one day.
    public var label: String {
        let span = from == to ? from.description : "\(from) to \(to)"
        return isoWeek.map { "\($0) (\(span))" } ?? span
    }

    /// The ISO week `YYYY-Www`, Monday to Sunday; `2025-W53` does not exist and is an error.
    public static func week(_ text: String) throws -> DigestRange {
        let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit), let year = Int(parts[0]),
              parts[1].count == 3, parts[1].first == "W", parts[1].dropFirst().allSatisfy(\.isASCIIDigit),
              let week = Int(parts[1].dropFirst()), week >= 1 else {
            throw ReportError.badWeek(text)
        }
        guard supportedYears.contains(year) else { throw ReportError.yearOutOfRange(option: "--week", value: text) }
        guard let monday = Day.isoWeekStart(year: year, week: week) else {
            throw ReportError.noSuchWeek(text, year: year, weeks: Day.isoWeeks(in: year))
        }
        var range = try DigestRange(from: monday, to: monday.adding(days: 6))
        range.isoWeek = "\(year)-W\(week < 10 ? "0" : "")\(week)"
        return range
    }

    /// The `n` days ending on `today`, inclusive.
    public static func last(_ n: Int, endingOn today: Day) throws -> DigestRange {
        guard (1...maxDays).contains(n) else { throw ReportError.badDays(n) }
        return try DigestRange(from: today.adding(days: 1 - n), to: today)
    }

    /// The range from the command line's options: `--from/--to`, `--days`, `--week` or `--date`,
    /// at most one kind; none gives the last `defaultDays` days ending on `today`.
    /// `--from` alone runs to `today`; `--to` alone starts `defaultDays - 1` days earlier.
    public static func resolve(from: String? = nil, to: String? = nil, days: Int? = nil, week: String? = nil,
                               date: String? = nil, defaultDays: Int, today: Day) throws -> DigestRange {
        let given = [(from != nil || to != nil, "--from/--to"), (days != nil, "--days"), (week != nil, "--week"),
                     (date != nil, "--date")].filter(\.0).map(\.1)
        if given.count > 1 { throw ReportError.conflictingRange(given.joined(separator: ", ")) }
        if let week { return try DigestRange.week(week) }
        if let days { return try last(days, endingOn: today) }
        if let date {
            let day = try parseDay(date, option: "--date")
            return try DigestRange(from: day, to: day)
        }
        if from != nil || to != nil {
            let end = try to.map { try parseDay($0, option: "--to") } ?? today
            let start = try from.map { try parseDay($0, option: "--from") } ?? end.adding(days: 1 - max(1, defaultDays))
            return try DigestRange(from: start, to: end)
        }
        return try last(max(1, defaultDays), endingOn: today)
    }

    /// Strict `YYYY-MM-DD`: a time or anything else after the day is refused.
    public static func parseDay(_ text: String, option: String) throws -> Day {
        guard text.utf8.count == 10, let day = Day(iso: text) else { throw ReportError.badDate(option: option, value: text) }
        guard supportedYears.contains(day.year) else { throw ReportError.yearOutOfRange(option: option, value: text) }
        return day
    }
}
