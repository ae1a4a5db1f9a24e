import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// Rate limits, server errors, timeouts and dropped connections in the middle of a backfill:
/// what was committed stays, and the same request resumes where it stopped.
struct BackfillPolitenessTests {
    @Test func a503WithRetryAfterIsWaitedOutThenTheHarvestGoesOn() throws {
        let server = try OAIReplay.server { page, attempt in
            page == 3 && attempt == 1 ? .text("busy", status: 503, headers: ["Retry-After": "7"]) : nil
        }
        let h = try BackfillHarness()
        let report = try h.backfiller(server).run(march2016)
        #expect(report.outcome == .finished)
        #expect(h.sleeps.sleeps.contains(7), "Retry-After honoured: \(h.sleeps.sleeps)")
        #expect(server.requests.count == 4)
        #expect(try h.ids().count == OAIReplay.expectedIDs(categories: oaiCategories).count)
    }

    @Test func rateLimitedToTheEndStopsWith75AndKeepsEarlierPages() throws {
        let server = try OAIReplay.server { page, _ in
            page == 103 ? .text("slow down", status: 429, headers: ["Retry-After": "120"]) : nil
        }
        let h = try BackfillHarness()
        let report = try h.backfiller(server, maxRetries: 2).run(march2016)
        #expect(report.outcome == .failed && report.exitCode == .tempFailure)
        #expect(report.error?.message.contains("try again after") == true, "\(report.error?.message ?? "")")
        #expect(report.summary.contains("run the same command again"))
        #expect(h.sleeps.sleeps.filter { $0 == 120 }.count == 2)
        let kept = try OAIReplay.expectedIDs(pages: [1, 3], categories: oaiCategories)
        #expect(try h.ids() == kept.sorted())
        let failed = try #require(try h.store.runs().first?.run)
        #expect(failed.status == .failed && failed.error?.contains("429") == true)

        let healthy = try OAIReplay.server()
        let resumed = try h.backfiller(healthy).run(march2016)
        #expect(resumed.outcome == .finished && healthy.requests.count == 1)
        #expect(query(healthy.requests[0])["resumptionToken"] == "1122234|3001")
    }

    @Test func aPageThatTimesOutFailsAsNetworkAndResumes() throws {
        let second = try OAIReplay.body(3)
        let server = try OAIReplay.server { page, _ in
            page == 3 ? .init(status: 200, body: second, delay: 1.5) : nil
        }
        let h = try BackfillHarness()
        let report = try h.backfiller(server, maxRetries: 0, timeout: 0.5).run(march2016)
        #expect(report.outcome == .failed && report.exitCode == .unavailable)
        #expect(report.error?.message.contains("timed out") == true)
        #expect(try h.ids() == OAIReplay.expectedIDs(pages: [1], categories: oaiCategories).sorted())
        #expect(try h.store.backfillState(job: march2016.jobKey)?.nextToken == "1122234|1001")
    }

    @Test func aConnectionDroppedMidBodyIsRetried() throws {
        let second = try OAIReplay.body(3)
        let server = try OAIReplay.server { page, attempt in
            page == 3 && attempt == 1 ? .init(status: 200, body: second, truncateAfter: 300_000) : nil
        }
        let h = try BackfillHarness()
        let report = try h.backfiller(server, maxRetries: 1).run(march2016)
        #expect(report.outcome == .finished)
        #expect(try h.ids() == OAIReplay.expectedIDs(categories: oaiCategories).sorted())
    }

    @Test func aDroppedConnectionWithoutRetriesStoresNothingOfThatPage() throws {
        let second = try OAIReplay.body(3)
        let server = try OAIReplay.server { page, _ in
            page == 3 ? .init(status: 200, body: second, truncateAfter: 300_000) : nil
        }
        let h = try BackfillHarness()
        let report = try h.backfiller(server, maxRetries: 0).run(march2016)
        #expect(report.outcome == .failed && report.exitCode == .unavailable)
        #expect(try h.ids() == OAIReplay.expectedIDs(pages: [1], categories: oaiCategories).sorted())
        #expect(try h.store.backfillState(job: march2016.jobKey)?.pagesDone == 1)
    }

    @Test func oneSharedLimiterSpacesEveryRequestAndNeverOverlapsThem() throws {
        // Two backfills on two threads share one limiter of 50 ms; the server takes 20 ms per answer.
        let inFlight = InFlight()
        let pages = try Dictionary(uniqueKeysWithValues: OAIReplay.pageNumbers.map { ($0, try OAIReplay.body($0)) })
        let server = try LocalHTTPServer { request in
            inFlight.enter()
            defer { inFlight.leave() }
            Thread.sleep(forTimeInterval: 0.02)
            let page = OAIReplay.page(for: request) ?? 103
            return .init(status: 200, body: pages[page] ?? Data())
        }
        let limiter = RateLimiter(minimumInterval: 0.05)
        let outcomes = OutcomeBox()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let report = try? BackfillHarness().backfiller(server, limiter: limiter).run(march2016)
            outcomes.add(report?.outcome)
        }
        #expect(outcomes.all == [.finished, .finished])
        let times = server.requests.map(\.receivedAt)
        #expect(times.count == 6)
        let gaps = zip(times, times.dropFirst()).map { $1.timeIntervalSince($0) }
        #expect(gaps.allSatisfy { $0 >= 0.045 }, "gaps: \(gaps)")
        #expect(inFlight.maximum == 1)
    }
}

/// The most requests a server was answering at once.
final class InFlight: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0
    private(set) var maximum = 0
    func enter() { lock.withLock { now += 1; maximum = max(maximum, now) } }
    func leave() { lock.withLock { now -= 1 } }
}

final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [BackfillReport.Outcome?] = []
    func add(_ outcome: BackfillReport.Outcome?) { lock.withLock { outcomes.append(outcome) } }
    var all: [BackfillReport.Outcome?] { lock.withLock { outcomes } }
}
