import Testing
@testable import PaperKit

/// Period labels and boundaries: ISO weeks at year ends, months and years across boundaries,
/// leap days, and ranges that cut the first and last period.
struct TrendPeriodTests {
    @Test(arguments: [
        ("2020-12-31", "2020-W53"), ("2021-01-03", "2020-W53"), ("2021-01-04", "2021-W01"),
        ("2025-12-29", "2026-W01"), ("2026-01-04", "2026-W01"), ("2026-12-07", "2026-W50"),
        ("2019-12-30", "2020-W01"), ("2016-01-03", "2015-W53"), ("2027-01-01", "2026-W53"),
    ])
    func isoWeekLabels(day: String, label: String) throws {
        let d = try #require(Day(iso: day))
        #expect(TrendPeriod.week.label(of: d) == label)
        #expect(TrendPeriod.week.start(of: d).weekday == 1)
    }

    /// Every day from 2015 to 2027 lies in the seven days that `Day.isoWeekStart` (an independent
    /// computation from 4 January) gives for its label.
    @Test func weekLabelsAgreeWithIsoWeekStart() throws {
        for day in Day(year: 2015, month: 1, day: 1)!.through(Day(year: 2027, month: 12, day: 31)!) {
            let week = TrendPeriod.isoWeek(of: day)
            let monday = try #require(Day.isoWeekStart(year: week.year, week: week.week))
            #expect(monday == TrendPeriod.week.start(of: day), "\(day)")
        }
    }

    @Test func monthsCrossTheYearAndAreClippedToTheRange() throws {
        let periods = TrendPeriod.month.periods(from: Day(iso: "2020-12-15")!, to: Day(iso: "2021-03-02")!)
        #expect(periods.map(\.label) == ["2020-12", "2021-01", "2021-02", "2021-03"])
        #expect(periods.map(\.first.description) == ["2020-12-15", "2021-01-01", "2021-02-01", "2021-03-01"])
        #expect(periods.map(\.last.description) == ["2020-12-31", "2021-01-31", "2021-02-28", "2021-03-02"])
        let leap = TrendPeriod.month.periods(from: Day(iso: "2024-02-01")!, to: Day(iso: "2024-02-29")!)
        #expect(leap.map(\.last.description) == ["2024-02-29"])
    }

    @Test func weeksAndYearsAcrossTheNewYear() {
        let weeks = TrendPeriod.week.periods(from: Day(iso: "2020-12-30")!, to: Day(iso: "2021-01-12")!)
        #expect(weeks.map(\.label) == ["2020-W53", "2021-W01", "2021-W02"])
        #expect(weeks.map(\.first.description) == ["2020-12-30", "2021-01-04", "2021-01-11"])
        #expect(weeks.map(\.last.description) == ["2021-01-03", "2021-01-10", "2021-01-12"])
        let years = TrendPeriod.year.periods(from: Day(iso: "2019-06-01")!, to: Day(iso: "2021-01-01")!)
        #expect(years.map(\.label) == ["2019", "2020", "2021"])
        #expect(TrendPeriod.day.periods(from: Day(iso: "2024-02-28")!, to: Day(iso: "2024-03-01")!).map(\.label)
                == ["2024-02-28", "2024-02-29", "2024-03-01"])
    }

    @Test func rangesFromMonthsDaysAndDefaults() throws {
        let today = Day(iso: "2026-12-07")!
        let months = try TrendRange.resolve(from: "2023-01", to: "2024-02", days: nil, period: .month, today: today)
        #expect((months.from.description, months.to.description) == ("2023-01-01", "2024-02-29"))
        let years = try TrendRange.resolve(from: "2016", to: "2025", days: nil, period: .year, today: today)
        #expect((years.from.description, years.to.description) == ("2016-01-01", "2025-12-31"))
        let fallback = try TrendRange.resolve(from: nil, to: nil, days: nil, period: .month, today: today)
        #expect((fallback.from.description, fallback.to.description) == ("2025-01-01", "2026-12-07"))
        let weeks = try TrendRange.resolve(from: nil, to: nil, days: nil, period: .week, today: today)
        #expect(TrendPeriod.week.periods(from: weeks.from, to: weeks.to).count == 26)
        #expect(throws: TrendError.badBound(option: "--from", value: "2023-13")) {
            try TrendRange.resolve(from: "2023-13", to: nil, days: nil, period: .month, today: today)
        }
        #expect(throws: TrendError.self) { try TrendRange.resolve(from: "2023-01", to: nil, days: 5, period: .day, today: today) }
        #expect(throws: TrendError.tooManyQueries(9)) {
            try TrendRequest(queries: Array(repeating: "a", count: 9), period: .month, range: fallback)
        }
    }
}
