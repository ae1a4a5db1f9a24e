import Testing
@testable import PaperKit

struct DigestRangeTests {
    let today = Day(iso: "2026-01-07")!

    @Test(arguments: [
        ("2026-W01", "2025-12-29", "2026-01-04"),
        ("2026-W02", "2026-01-05", "2026-01-11"),
        ("2020-W53", "2020-12-28", "2021-01-03"),
        ("2015-W53", "2015-12-28", "2016-01-03"),
        ("2025-W01", "2024-12-30", "2025-01-05"),
        ("2026-w52", "2026-12-21", "2026-12-27"),
    ])
    func isoWeeksRunMondayToSunday(week: String, from: String, to: String) throws {
        let range = try DigestRange.week(week)
        #expect(range.from == Day(iso: from) && range.to == Day(iso: to))
        #expect(range.days.count == 7 && range.from.weekday == 1)
    }

    @Test(arguments: [("2025-W53", true), ("2021-W53", true), ("2026-W54", true), ("2026-W00", false), ("2026-02", false), ("26-W01", false), ("2026-W1", false)])
    func unknownWeeksAreUsageErrors(week: String, wellFormed: Bool) {
        do {
            _ = try DigestRange.week(week)
            Issue.record("\(week) accepted")
        } catch let error as ReportError {
            #expect(error.exitCode == .usage)
            if wellFormed { #expect(error.message.contains("does not exist") && error.message.contains(" weeks"), "\(error.message)") }
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func theOptionsResolveToTheirRanges() throws {
        #expect(try DigestRange.resolve(defaultDays: 7, today: today) == DigestRange(from: Day(iso: "2026-01-01")!, to: today))
        #expect(try DigestRange.resolve(days: 1, defaultDays: 7, today: today).days == [today])
        #expect(try DigestRange.resolve(date: "2026-01-05", defaultDays: 7, today: today).days == [Day(iso: "2026-01-05")!])
        #expect(try DigestRange.resolve(from: "2026-01-01", to: "2026-01-31", defaultDays: 7, today: today).days.count == 31)
        #expect(try DigestRange.resolve(from: "2026-01-03", defaultDays: 7, today: today).to == today)
    }

    @Test(arguments: [
        (["from": "2026-01-31", "to": "2026-01-01"], "after the end date"),
        (["from": "2026-02-30"], "not a valid date"),
        (["date": "2026-01-05T10:00"], "not a valid date"),
        (["days": "0"], "must be from 1 to 36525"),
        (["week": "2026-W02", "date": "2026-01-05"], "cannot be combined"),
    ])
    func badRangesAreOneLineUsageErrors(options: [String: String], message: String) {
        do {
            _ = try DigestRange.resolve(from: options["from"], to: options["to"], days: options["days"].flatMap { Int($0) },
                                        week: options["week"], date: options["date"], defaultDays: 7, today: today)
            Issue.record("accepted \(options)")
        } catch let error as ReportError {
            #expect(error.exitCode == .usage && error.message.contains(message) && !error.message.contains("\n"), "\(error.message)")
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func datesFarFromTodayAreRefusedBeforeAnyArithmetic() throws {
        let today = Day(iso: "2026-07-27")!
        #expect(throws: ReportError.badDays(5_000_000)) { try DigestRange.last(5_000_000, endingOn: today) }
        #expect(throws: ReportError.yearOutOfRange(option: "--to", value: "0001-01-01")) {
            try DigestRange.resolve(to: "0001-01-01", defaultDays: 7, today: today)
        }
        #expect(throws: ReportError.yearOutOfRange(option: "--week", value: "9999-W52")) { try DigestRange.week("9999-W52") }
        #expect(try DigestRange.resolve(from: "1800-01-01", to: "2400-12-31", defaultDays: 7, today: today).dayCount == 219_511)
    }
}
