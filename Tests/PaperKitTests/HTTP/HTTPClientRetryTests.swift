import Foundation
import Testing
@testable import PaperKit
import TestSupport

struct HTTPClientRetryTests {
    let recorder = SleepRecorder()

    func client(_ options: HTTPOptions = quick) -> HTTPClient {
        HTTPClient(options: options, sleeper: recorder.sleep)
    }

    @Test func tooManyRequestsWaitsRetryAfterSecondsThenSucceeds() throws {
        let server = try LocalHTTPServer(responses: [
            .text("slow down", status: 429, headers: ["Retry-After": "2"]), .text("ok"),
        ])
        let response = try client().get(server.url("/api"))
        #expect(response.text == "ok")
        #expect(server.requests.count == 2)
        #expect(recorder.sleeps == [2])
    }

    @Test func unavailableWithHTTPDateRetryAfter() throws {
        let date = RetryAfter.format(Date().addingTimeInterval(120))
        let server = try LocalHTTPServer(responses: [
            .text("busy", status: 503, headers: ["Retry-After": date]), .text("ok"),
        ])
        let response = try client().get(server.url("/oai"))
        #expect(response.status == 200)
        let wait = try #require(recorder.sleeps.first)
        #expect(recorder.sleeps.count == 1)
        #expect((117...121).contains(wait))
    }

    @Test func unavailableForeverIsRateLimited() throws {
        let server = try LocalHTTPServer(responses: [.text("busy", status: 503, headers: ["Retry-After": "1"])])
        var options = quick
        options.maxRetries = 3
        let error = try #require(throws: HTTPError.self) { try client(options).get(server.url("/api?q=1")) }
        guard case let .rateLimited(url, status, retryAfter, attempts) = error else {
            Issue.record("expected rateLimited, got \(error)")
            return
        }
        #expect(url == server.baseURL + "/api?q=1")
        #expect(status == 503)
        #expect(attempts == 4)
        #expect(retryAfter != nil)
        #expect(server.requests.count == 4)
        #expect(recorder.sleeps == [1, 1, 1])
        #expect(error.exitCode == .tempFailure)
        #expect(error.exitCode.rawValue == 75)
        #expect(error.message.contains("answered 503 (rate limited)"))
        #expect(error.message.contains("4 times; try again after"))
        #expect(error.message.contains("UTC"))
    }

    @Test func retryAfterLongerThanTheCapFailsAtOnce() throws {
        let server = try LocalHTTPServer(responses: [.text("", status: 429, headers: ["Retry-After": "3600"])])
        let error = try #require(throws: HTTPError.self) { try client().get(server.url("/")) }
        guard case let .rateLimited(_, 429, retryAfter?, 1) = error else {
            Issue.record("expected rateLimited after one attempt, got \(error)")
            return
        }
        #expect(abs(retryAfter.timeIntervalSinceNow - 3600) < 5)
        #expect(server.requests.count == 1)
        #expect(recorder.sleeps.isEmpty)
    }

    @Test func aRetryAfterTooLongToWaitHoldsBackLaterRequestsToTheSite() throws {
        let server = try LocalHTTPServer(responses: [.text("", status: 429, headers: ["Retry-After": "3600"]), .text("ok")])
        let limiter = RateLimiter(minimumInterval: 0)
        let http = HTTPClient(options: quick, rateLimiter: limiter, sleeper: recorder.sleep)
        #expect(throws: HTTPError.self) { try http.get(server.url("/rss/a")) }
        let error = try #require(throws: HTTPError.self) { try http.get(server.url("/rss/b")) }
        guard case let .deferred(_, until) = error else { Issue.record("expected deferred, got \(error)"); return }
        #expect(abs(until.timeIntervalSinceNow - 3600) < 5)
        #expect(error.exitCode == .tempFailure && error.message.contains("try again after"))
        #expect(server.requests.map(\.path) == ["/rss/a"], "the second feed is not asked for")
        #expect(limiter.blocked(now: Date().addingTimeInterval(3700)) == nil, "the pause ends when the server said")
    }

    @Test func serverErrorIsRetriedWithJitteredBackoff() throws {
        let server = try LocalHTTPServer(responses: [.text("oops", status: 500), .text("oops", status: 502), .text("ok")])
        let response = try client().get(server.url("/"))
        #expect(response.text == "ok")
        #expect(server.requests.count == 3)
        #expect(recorder.sleeps.count == 2)
        #expect((0...0.01).contains(recorder.sleeps[0]))
        #expect((0...0.02).contains(recorder.sleeps[1]))
    }

    @Test func persistentServerErrorIsAStatusError() throws {
        let server = try LocalHTTPServer(responses: [.text("oops", status: 500)])
        var options = quick
        options.maxRetries = 1
        #expect(throws: HTTPError.status(url: server.baseURL + "/", status: 500)) { try client(options).get(server.url("/")) }
        #expect(server.requests.count == 2)
    }

    @Test func slowServerTimesOutQuickly() throws {
        let server = try LocalHTTPServer { _ in .init(body: Data("late".utf8), delay: 3) }
        var options = quick
        options.timeoutSeconds = 1
        options.maxRetries = 0
        let started = Date()
        let error = try #require(throws: HTTPError.self) { try client(options).get(server.url("/slow")) }
        #expect(error == .timeout(url: server.baseURL + "/slow", seconds: 1))
        #expect(error.exitCode == .unavailable)
        #expect(error.message.hasPrefix("timed out after 1 s fetching http://127.0.0.1:"))
        #expect(Date().timeIntervalSince(started) < 2.5)
    }

    @Test func refusedConnectionIsRetriedThenATransportError() throws {
        let port = try LocalHTTPServer.closedPort()
        var options = quick
        options.maxRetries = 2
        let error = try #require(throws: HTTPError.self) { try client(options).get(URL(string: "http://127.0.0.1:\(port)/")!) }
        guard case let .transport(_, code, _) = error else {
            Issue.record("expected transport, got \(error)")
            return
        }
        #expect(code == 7)  // CURLE_COULDNT_CONNECT
        #expect(error.exitCode == .unavailable)
        #expect(recorder.sleeps.count == 2)
        #expect(error.message.contains("127.0.0.1:\(port)"))
    }

    @Test func truncatedBodyIsAnError() throws {
        let server = try LocalHTTPServer(responses: [.init(body: Data(count: 1_000), truncateAfter: 100)])
        var options = quick
        options.maxRetries = 1
        let error = try #require(throws: HTTPError.self) { try client(options).get(server.url("/cut")) }
        guard case let .transport(_, code, _) = error else {
            Issue.record("expected transport, got \(error)")
            return
        }
        #expect(code == 18)  // CURLE_PARTIAL_FILE
        #expect(server.requests.count == 2)
    }

    @Test func retryObserverHearsEveryRetry() throws {
        let server = try LocalHTTPServer(responses: [.text("", status: 429, headers: ["Retry-After": "0"]), .text("ok")])
        let heard = SleepRecorder()
        let client = HTTPClient(options: quick, sleeper: recorder.sleep) { _, retry, wait, reason in
            heard.sleep(Double(retry))
            #expect(wait == 0)
            #expect(reason.contains("429"))
        }
        _ = try client.get(server.url("/"))
        #expect(heard.sleeps == [1])
    }
}
