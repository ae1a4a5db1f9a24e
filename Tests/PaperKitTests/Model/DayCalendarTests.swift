import Testing
@testable import PaperKit

struct DayCalendarTests {
    @Test(arguments: [("1970-01-01", 4), ("2026-07-27", 1), ("2026-08-01", 6), ("2024-12-28", 6), ("2000-02-29", 2)])
    func weekdays(day: String, weekday: Int) {
        #expect(Day(iso: day)!.weekday == weekday)
    }

    @Test func daysRoundTripAcrossCenturies() {
        for n in stride(from: -700_000, to: 2_900_000, by: 997) {
            #expect(Day(daysSinceEpoch: n).daysSinceEpoch == n)
        }
        #expect(Day(iso: "2024-12-31")!.adding(days: 1).description == "2025-01-01")
        #expect(Day(iso: "2024-02-28")!.adding(days: 1).description == "2024-02-29")
    }

    @Test(arguments: [(2026, 1, "2025-12-29"), (2020, 53, "2020-12-28"), (2021, 1, "2021-01-04"), (2015, 53, "2015-12-28")])
    func isoWeeks(year: Int, week: Int, monday: String) {
        #expect(Day.isoWeekStart(year: year, week: week)?.description == monday)
    }

    @Test func aYearWithout53WeeksRejectsWeek53() {
        #expect(Day.isoWeekStart(year: 2025, week: 53) == nil)
        #expect(Day.isoWeekStart(year: 2026, week: 53)?.description == "2026-12-28")
        #expect(Day.isoWeekStart(year: 2026, week: 0) == nil)
    }

    @Test func scheduleKnowsWeekendsAndHolidays() {
        #expect(ArxivSchedule.closure(on: Day(iso: "2026-08-01")!) == .weekend)
        #expect(ArxivSchedule.closure(on: Day(iso: "2026-11-26")!) == .holiday("Thanksgiving"))
        #expect(ArxivSchedule.isAnnouncementDay(Day(iso: "2026-07-27")!))
    }

    @Test func martinLutherKingDayIsAnAnnouncementDay() throws {
        // The real quant-ph feed dated Monday 2025-01-20 carries new papers.
        let (info, found) = try records("rss/filtered/quant-ph-2025-01-20-qml.xml")
        #expect(info.day == Day(iso: "2025-01-20") && !found.isEmpty)
        #expect(ArxivSchedule.closure(on: info.day!) == nil)
    }

    @Test(arguments: ["2026-+1-05", "2026-01-+5", "+026-01-05", "2026-1-5", "2026/01/05", "20260105xx", "-026-01-05"])
    func dayFieldsAreDigitsOnly(text: String) {
        #expect(Day(iso: text) == nil, "\(text)")
    }

    @Test func weeksAndDatesWithSignsAreRefused() {
        #expect(throws: ReportError.self) { try DigestRange.week("2026-W+1") }
        #expect(throws: ReportError.self) { try DigestRange.parseDay("2026-01-+5", option: "--date") }
        #expect(Day(iso: "2026-07-27T04:00:19.866337+00:00")?.description == "2026-07-27", "a time may follow")
    }
}
