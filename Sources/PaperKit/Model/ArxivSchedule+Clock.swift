import Foundation

extension ArxivSchedule {
    /// The date of arXiv's newest daily feed at `date`: the calendar day in US Eastern time, where
    /// arXiv rebuilds its feeds at midnight. Dates in the ledger are feed dates, never the local
    /// clock's day: at 23:30 in New York it is already tomorrow in UTC, but still today's feed.
    public static func feedDay(at date: Date = Date()) -> Day {
        let utc = Int(date.timeIntervalSince1970.rounded(.down))
        let offset = isEasternDaylightTime(utcSeconds: utc) ? -4 * 3600 : -5 * 3600
        return Day(daysSinceEpoch: floorDivide(utc + offset, 86_400))
    }

    /// US daylight saving time: from the second Sunday of March, 2:00 EST (07:00 UTC), to the first
    /// Sunday of November, 2:00 EDT (06:00 UTC). Computed here so no time zone database is needed.
    static func isEasternDaylightTime(utcSeconds s: Int) -> Bool {
        let year = Day(daysSinceEpoch: floorDivide(s, 86_400)).year
        guard let march1 = Day(year: year, month: 3, day: 1), let november1 = Day(year: year, month: 11, day: 1) else { return false }
        let start = march1.adding(days: (7 - march1.weekday) % 7 + 7).daysSinceEpoch * 86_400 + 7 * 3600
        let end = november1.adding(days: (7 - november1.weekday) % 7).daysSinceEpoch * 86_400 + 6 * 3600
        return s >= start && s < end
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
