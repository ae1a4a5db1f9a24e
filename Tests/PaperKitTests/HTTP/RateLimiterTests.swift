import Foundation
import Testing
@testable import PaperKit
import TestSupport

struct RateLimiterTests {
    @Test func requestsThroughALimiterArriveAtLeastTheIntervalApart() throws {
        let server = try LocalHTTPServer { _ in .text("ok") }
        let waits = SleepRecorder()
        let limiter = RateLimiter(minimumInterval: 0.2, onWait: waits.sleep)
        let client = HTTPClient(options: quick, rateLimiter: limiter)
        for _ in 0..<3 { _ = try client.get(server.url("/")) }
        let times = server.requests.map(\.receivedAt)
        #expect(times.count == 3)
        for (a, b) in zip(times, times.dropFirst()) { #expect(b.timeIntervalSince(a) >= 0.19) }
        #expect(waits.sleeps.count == 2)
        #expect(waits.sleeps.allSatisfy { $0 > 0 && $0 <= 0.2 })
    }

    @Test func concurrentCallersAreSerialised() throws {
        // Each answer takes 50 ms: if two requests overlapped, two arrivals would be closer than that.
        let server = try LocalHTTPServer { _ in .init(body: Data("ok".utf8), delay: 0.05) }
        let client = HTTPClient(options: quick, rateLimiter: RateLimiter(minimumInterval: 0.1))
        let failures = SleepRecorder()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            if (try? client.get(server.url("/"))) == nil { failures.sleep(1) }
        }
        #expect(failures.sleeps.isEmpty)
        let times = server.requests.map(\.receivedAt)
        #expect(times.count == 4)
        for (a, b) in zip(times, times.dropFirst()) { #expect(b.timeIntervalSince(a) >= 0.09) }
    }

    @Test func retriesGoThroughTheLimiterToo() throws {
        let server = try LocalHTTPServer(responses: [.text("", status: 500), .text("ok")])
        let limiterSleeps = SleepRecorder()
        let limiter = RateLimiter(minimumInterval: 5, sleep: limiterSleeps.sleep)
        let client = HTTPClient(options: quick, rateLimiter: limiter, sleeper: SleepRecorder().sleep)
        _ = try client.get(server.url("/"))
        #expect(limiterSleeps.sleeps.count == 1)
        #expect((4...5).contains(limiterSleeps.sleeps[0]))
    }

    @Test func zeroIntervalNeverWaits() {
        let sleeps = SleepRecorder()
        let limiter = RateLimiter(minimumInterval: 0, sleep: sleeps.sleep)
        for _ in 0..<5 { limiter.withPermit {} }
        #expect(sleeps.sleeps.isEmpty)
    }

    @Test func arxivLimiterIsOneSharedInstance() {
        let a = RateLimiter.arxiv(interval: 3)
        let b = RateLimiter.arxiv(interval: 3)
        #expect(a === b)
        #expect(a.minimumInterval == 3)
    }
}
