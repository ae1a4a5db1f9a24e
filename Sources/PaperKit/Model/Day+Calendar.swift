extension Day {
    /// Days since 1970-01-01 (negative before), by the proleptic Gregorian calendar.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (daysSinceEpoch + 3) % 7   // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// Every day from `self` through `end`, inclusive.
    public func through(_ end: Day) -> [Day] {
        guard self <= end else { return [] }
        return (daysSinceEpoch...end.daysSinceEpoch).map(Day.init(daysSinceEpoch:))
    }

    /// The Monday of ISO week `week` of ISO year `year` (2026-W01 starts on 2025-12-29); nil for a week the year lacks.
    public static func isoWeekStart(year: Int, week: Int) -> Day? {
        guard week >= 1, let jan4 = Day(year: year, month: 1, day: 4) else { return nil }
        let week1Monday = jan4.adding(days: 1 - jan4.weekday)
        guard week <= isoWeeks(in: year) else { return nil }
        return week1Monday.adding(days: (week - 1) * 7)
    }

    /// 52 or 53.
    public static func isoWeeks(in year: Int) -> Int {
        guard let jan1 = Day(year: year, month: 1, day: 1) else { return 52 }
        let leap = Day.daysIn(month: 2, year: year) == 29
        return jan1.weekday == 4 || (leap && jan1.weekday == 3) ? 53 : 52
    }
}
