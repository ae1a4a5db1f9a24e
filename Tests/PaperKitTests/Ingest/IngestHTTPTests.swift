import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// Fetching through a local HTTP server on 127.0.0.1: no test reaches the internet.
struct IngestHTTPTests {
    let feed: Data

    init() throws { feed = try Fixtures.data("rss/trimmed/cs.LG-2026-04-27-3items.xml") }

    @Test func aSecondFetchSendsTheETagAndA304IsNoChange() throws {
        let body = feed
        let server = try LocalHTTPServer { request in
            if request.header("If-None-Match") == "\"v1\"" { return .init(status: 304) }
            return .init(status: 200, headers: ["ETag": "\"v1\"", "Content-Type": "application/rss+xml"], body: body)
        }
        let h = try IngestHarness()
        let url = server.baseURL + "/rss/cs.LG"
        let first = try h.ingest(.url(url))
        #expect(first.papersNew == 3 && first.failed.isEmpty)
        let second = try h.ingest(.url(url))
        #expect(second.failed.isEmpty && second.recordsSeen == 0 && second.exitCode == .success)
        #expect(try h.store.runs().first?.run.status == .notModified)
        #expect(server.requests.count == 2)
        #expect(server.requests[1].header("If-None-Match") == "\"v1\"")
        #expect(server.requests[0].header("User-Agent")?.hasPrefix("arxiv-bot/") == true)
    }

    @Test func anHTMLPageInsteadOfAFeedFailsAsBadData() throws {
        let server = try LocalHTTPServer(responses: [.text("<!DOCTYPE html><html><body>Service busy</body></html>",
                                                          headers: ["Content-Type": "text/html"])])
        let h = try IngestHarness()
        let report = try h.ingest(.url(server.baseURL + "/rss/cs.AI"))
        #expect(report.exitCode == .dataError)
        #expect(report.failed.first?.error?.message.contains("HTML") == true || report.failed.first?.error?.message.contains("html") == true)
    }

    @Test func anErrorStatusIsANetworkFailure() throws {
        let server = try LocalHTTPServer(responses: [.text("<html>not found</html>", status: 404)])
        let h = try IngestHarness()
        let report = try h.ingest(.url(server.baseURL + "/rss/cs.XX"))
        #expect(report.exitCode == .unavailable)
        #expect(try h.store.runs().first?.run.httpStatus == 404)
    }

    @Test func rateLimitingToTheEndExitsWithTryAgainLater() throws {
        let server = try LocalHTTPServer(responses: [.text("slow down", status: 503, headers: ["Retry-After": "1"])])
        let h = try IngestHarness(maxRetries: 2)
        let report = try h.ingest(.url(server.baseURL + "/rss/cs.AI"))
        #expect(report.exitCode == .tempFailure)
        #expect(server.requests.count == 3)
        #expect(h.sleeps.sleeps.filter { $0 >= 1 }.count == 2, "Retry-After honoured: \(h.sleeps.sleeps)")
    }

    @Test func theAPIsErrorEntryIsReportedWithItsMessage() throws {
        let cassette = try #require(try JSONSerialization.jsonObject(with: Fixtures.data("atom/recorded-http-2026/arxivpy-id_abc_s0_m100_b79c8dcf6bc3.json")) as? [String: Any])
        let body = Data(try #require(cassette["body"] as? String).utf8)
        let server = try LocalHTTPServer(responses: [.init(status: 400, body: body)])
        let h = try IngestHarness()
        let report = try h.ingest(.url(server.baseURL + "/api/query?id_list=abc"))
        #expect(report.exitCode == .dataError)
        #expect(report.failed.first?.error?.message.contains("abc") == true)
    }

    @Test func aTruncatedBodyFailsAndStoresNothing() throws {
        let server = try LocalHTTPServer(responses: [.init(status: 200, body: feed, truncateAfter: feed.count / 2)])
        let h = try IngestHarness(maxRetries: 0)
        let report = try h.ingest(.url(server.baseURL + "/rss/cs.LG"))
        #expect(report.failed.count == 1)
        #expect(try h.count("SELECT count(*) FROM papers") == 0)
    }

    @Test func fileURLsWorkOffline() throws {
        let h = try IngestHarness()
        let report = try h.ingest(.url("file://" + Fixtures.path("rss/trimmed/cs.LG-2026-04-27-3items.xml")))
        #expect(report.papersNew == 3)
    }
}
