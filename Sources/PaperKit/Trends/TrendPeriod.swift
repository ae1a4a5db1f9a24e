/// The unit a trend counts in. Days are bucketed into periods in Swift, so one `GROUP BY` over
/// the paper's date serves every unit.
///
/// Labels: `2026-12-07` (day), `2026-W49` (ISO 8601 week: Monday to Sunday, in the ISO year of
/// its Thursday, so 2021-01-03 is in `2020-W53`), `2026-11` (month), `2026` (year).
public enum TrendPeriod: String, Sendable, CaseIterable, Codable {
    case day, week, month, year

    /// The first day of the period that holds `day`.
    public func start(of day: Day) -> Day {
        switch self {
        case .day: return day
        case .week: return day.adding(days: 1 - day.weekday)
        case .month: return Day(year: day.year, month: day.month, day: 1)!
        case .year: return Day(year: day.year, month: 1, day: 1)!
        }
    }

    /// The first day of the period after the one starting on `start`.
    public func next(after start: Day) -> Day {
        switch self {
        case .day: return start.adding(days: 1)
        case .week: return start.adding(days: 7)
        case .month:
            return start.month == 12 ? Day(year: start.year + 1, month: 1, day: 1)! : Day(year: start.year, month: start.month + 1, day: 1)!
        case .year: return Day(year: start.year + 1, month: 1, day: 1)!
        }
    }

    /// The label of the period that holds `day`.
    public func label(of day: Day) -> String {
        switch self {
        case .day: return day.description
        case .week:
            let week = Self.isoWeek(of: day)
            return "\(Self.padded(week.year, 4))-W\(Self.padded(week.week, 2))"
        case .month: return "\(Self.padded(day.year, 4))-\(Self.padded(day.month, 2))"
        case .year: return Self.padded(day.year, 4)
        }
    }

    /// The ISO 8601 year and week of `day`: the week belongs to the year of its Thursday.
    public static func isoWeek(of day: Day) -> (year: Int, week: Int) {
        let thursday = day.adding(days: 4 - day.weekday)
        let jan1 = Day(year: thursday.year, month: 1, day: 1)!
        let ordinal = thursday.daysSinceEpoch - jan1.daysSinceEpoch
        return (thursday.year, ordinal / 7 + 1)
    }

    /// The periods that touch `from...to`, in order, each clipped to the range.
    public func periods(from: Day, to: Day) -> [(label: String, first: Day, last: Day)] {
        var out: [(String, Day, Day)] = []
        var start = self.start(of: from)
        while start <= to {
            let next = self.next(after: start)
            out.append((label(of: start), max(start, from), min(next.adding(days: -1), to)))
            start = next
        }
        return out
    }

    private static func padded(_ n: Int, _ width: Int) -> String {
        let text = String(n)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
