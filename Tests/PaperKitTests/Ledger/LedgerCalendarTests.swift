import Foundation
import Testing
import TestSupport
@testable import PaperKit

struct LedgerCalendarTests {
    func day(_ s: String) -> Day { Day(iso: s)! }

    @Test func eachDayAndCategoryIsIngestedBackfilledClosedOrMissing() {
        var facts = LedgerCalendar.Facts()
        facts.announcements[day("2026-11-20")] = ["cs.AI": 5, "cs.CL": 2]
        facts.feedRuns[day("2026-11-23")] = ["cs.AI", "cs.CL"]          // read, but empty
        facts.announcements[day("2026-11-24")] = ["cs.AI": 3]           // cs.CL missing that day
        facts.backfills = [(day("2026-11-30"), day("2026-11-30"), ["cs.AI", "cs.CL"])]
        let calendar = LedgerCalendar(days: day("2026-11-20").through(day("2026-11-30")), categories: ["cs.AI", "cs.CL"], facts: facts)
        let names = calendar.rows.map { "\($0.day.description.suffix(2)) " + $0.cells.map(\.name).joined(separator: ",") }
        #expect(names == ["20 ingested,ingested", "21 weekend,weekend", "22 weekend,weekend", "23 ingested,ingested",
                          "24 ingested,missing", "25 missing,missing", "26 holiday,holiday", "27 missing,missing",
                          "28 weekend,weekend", "29 weekend,weekend", "30 backfilled,backfilled"])
        #expect(calendar.rows[0].cells == [.ingested(announcements: 5), .ingested(announcements: 2)])
        #expect(calendar.rows[6].closure == .holiday("Thanksgiving"))
        #expect(calendar.hasGaps)
        // The holiday between two gaps joins them; the backfilled Monday ends the range.
        #expect(calendar.missingRanges == [day("2026-11-24")...day("2026-11-27")])
        #expect(LedgerCalendar.backfillCommand(for: calendar.missingRanges[0]) == "arxiv-bot ingest --from 2026-11-24 --to 2026-11-27")
        #expect(LedgerCalendar.backfillCommand(for: day("2026-11-16")...day("2026-11-18"), extraArguments: ["--config", "my config.json"])
                == "arxiv-bot ingest --from 2026-11-16 --to 2026-11-18 --config 'my config.json'")
    }

    @Test func aWeekendOrHolidayAloneIsNoGap() {
        let calendar = LedgerCalendar(days: day("2026-12-25").through(day("2026-12-27")), categories: ["cs.AI"], facts: .init())
        #expect(!calendar.hasGaps && calendar.missingRanges.isEmpty)
        #expect(calendar.rows.map(\.cells) == [[.closed(.holiday("Christmas"))], [.closed(.weekend)], [.closed(.weekend)]])
    }

    /// Feed dates follow US Eastern time (feeds are rebuilt at midnight there), not UTC or the local clock.
    @Test(arguments: [
        ("2026-11-17T03:00:00Z", "2026-11-16"),   // 22:00 EST: still the 16th's feed, though the 17th in UTC
        ("2026-11-17T05:00:00Z", "2026-11-17"),   // midnight EST
        ("2026-07-28T03:59:00Z", "2026-07-27"),   // 23:59 EDT
        ("2026-07-28T04:00:00Z", "2026-07-28"),   // midnight EDT
        ("2026-03-08T04:30:00Z", "2026-03-07"),   // 23:30 EST, before the switch to daylight time
        ("2026-03-09T04:30:00Z", "2026-03-09"),   // 00:30 EDT, after it
        ("2026-11-01T04:30:00Z", "2026-11-01"),   // 00:30 EDT on the day daylight time ends
        ("2026-01-01T04:59:59Z", "2025-12-31"),
    ])
    func theFeedDayIsTheDateInNewYork(instant: String, expected: String) throws {
        let date = try #require(ISO8601DateFormatter().date(from: instant))
        #expect(ArxivSchedule.feedDay(at: date) == day(expected))
    }

    @Test func statusFromAStoreCountsAnnouncementsInTheCategoryAndSuggestsTheCommand() throws {
        let temp = try TemporaryStore()
        let ingestor = Ingestor(store: temp.store, scorer: Scorer(configuration: Configuration()), http: nil)
        _ = try ingestor.ingest([.file(Fixtures.path("rss/cs.AI-2026-07-27.xml"))])
        let monday = try #require(ISO8601DateFormatter().date(from: "2026-07-28T03:00:00Z"))   // 23:00 EDT Monday
        let report = try StatusReport.make(store: temp.store, databasePath: temp.path, categories: ["cs.AI", "cs.CL"],
                                           days: 3, now: monday)
        #expect(report.calendar.rows.map(\.day) == [day("2026-07-25"), day("2026-07-26"), day("2026-07-27")])
        guard case let .ingested(ai) = report.calendar.rows[2].cells[0], case let .ingested(cl) = report.calendar.rows[2].cells[1] else {
            Issue.record("monday not ingested: \(report.calendar.rows[2])"); return
        }
        #expect(ai == 223 && cl > 0 && cl < 223, "cross-listed cs.CL papers count for cs.CL: \(cl)")
        #expect(!report.hasGaps && report.papers == 223 && report.summaries == 0 && report.databaseBytes > 0)
        #expect(report.lastRun?.records == 223)

        let wednesday = try #require(ISO8601DateFormatter().date(from: "2026-07-29T16:00:00Z"))
        let later = try StatusReport.make(store: temp.store, databasePath: temp.path, categories: ["cs.AI"], days: 5, now: wednesday)
        #expect(later.missing.map(\.command) == ["arxiv-bot ingest --from 2026-07-28 --to 2026-07-29"])
        let json = try JSONSerialization.jsonObject(with: Data(later.json().utf8)) as? [String: Any]
        #expect(json?["has_gaps"] as? Bool == true)
    }

    @Test func anEmptyDailyFeedStillCountsAsRead() throws {
        let temp = try TemporaryStore()
        let ingestor = Ingestor(store: temp.store, scorer: Scorer(configuration: Configuration()), http: nil)
        _ = try ingestor.ingest([.file(Fixtures.path("rss/cs.CL-2026-08-01-saturday-empty.xml"))])
        let facts = try temp.store.ledgerFacts(from: day("2026-08-01"), to: day("2026-08-01"), categories: ["cs.CL"])
        #expect(facts.feedRuns[day("2026-08-01")]?.contains("cs.CL") == true, "\(facts)")
    }
}
