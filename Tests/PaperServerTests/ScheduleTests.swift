import Foundation
import Logging
import PaperKit
import Testing
import TestSupport
@testable import PaperServer

struct ScheduleTests {
    @Test(arguments: [("05:30", true), ("00:00", true), ("23:59", true), ("24:00", false), ("5:30", false),
                      ("05:60", false), ("05-30", false), ("", false), ("０５:３０", false)])
    func parsesStrictHHMM(text: String, valid: Bool) {
        #expect((DailyTime(text) != nil) == valid, "\(text)")
    }

    @Test func nextRunIsTodayOrTomorrowInUTC() throws {
        let time = try #require(DailyTime("05:30"))
        let before = Date(timeIntervalSince1970: 1_785_736_800 - 3600)  // 2026-08-03 05:00 UTC
        #expect(Timestamp.string(from: time.next(after: before)) == "2026-08-03T05:30:00Z")
        let after = Date(timeIntervalSince1970: 1_785_736_800)  // 06:00
        #expect(Timestamp.string(from: time.next(after: after)) == "2026-08-04T05:30:00Z")
        let exactly = Date(timeIntervalSince1970: 1_785_736_800 - 1800)  // 05:30 itself: the next day
        #expect(Timestamp.string(from: time.next(after: exactly)) == "2026-08-04T05:30:00Z")
    }

    @Test func theServiceRunsTheJobAtTheTimeAndKeepsGoing() async throws {
        let runs = Counter()
        // "Now" is always 50 ms before 05:30, so each wait is 50 ms and the loop goes on after every run.
        let service = ScheduledIngestService(time: DailyTime("05:30")!,
                                             now: { Date(timeIntervalSince1970: 1_785_735_000 - 0.05) },
                                             job: { runs.increment() })
        let task = Task { try await service.run() }
        while runs.value < 3 { try await Task.sleep(nanoseconds: 10_000_000) }
        task.cancel()
        _ = try? await task.value
        #expect(runs.value >= 3)
    }

    @Test func theJobIngestsTheConfiguredFeedAndAFailureIsOnlyLogged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arxiv-bot-job-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config.json").path
        try Data("""
            {"categories": ["cs.AI"], "feeds": {"rss_url": "file://\(folder.path)/"}, "ai_summary": {"enabled": false}}
            """.utf8).write(to: URL(fileURLWithPath: config))
        let database = folder.appendingPathComponent("papers.db").path
        let job = DailyIngestJob(configPath: config, databasePath: database, logger: Logger(label: "test"))

        job.runBlocking()  // no feed file yet: a failed run in the ledger, nothing thrown
        try FileManager.default.copyItem(atPath: Fixtures.path("rss/cs.AI-2026-07-27.xml"), toPath: folder.appendingPathComponent("cs.AI").path)
        job.runBlocking()
        let runs = try PaperStore(readOnlyPath: database).runs()
        #expect(runs.map(\.run.status) == [.ok, .failed])
        #expect(try PaperStore(readOnlyPath: database).counts().papers == 223)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
