import Foundation
import Testing
@testable import PaperKit
import TestSupport

/// Options for tests: quick timeouts, tiny backoff.
let quick = HTTPOptions(timeoutSeconds: 5, connectTimeoutSeconds: 2, maxRetries: 3, retryBaseDelay: 0.01)

struct HTTPClientTests {
    @Test func getReturnsBodyHeadersAndSendsUserAgent() throws {
        let server = try LocalHTTPServer { _ in
            .init(status: 200, headers: ["ETag": "\"abc\"", "Last-Modified": "Mon, 27 Jul 2026 04:00:00 GMT",
                                         "X-Multi": "a"], body: Data("<rss/>".utf8))
        }
        let options = HTTPOptions(userAgent: "arxiv-bot-test/1.0 (mailto:t@example.org)")
        let response = try HTTPClient(options: options).get(server.url("/rss/cs.AI?x=1"))
        #expect(response.status == 200)
        #expect(response.text == "<rss/>")
        #expect(response.etag == "\"abc\"")
        #expect(response.lastModified == "Mon, 27 Jul 2026 04:00:00 GMT")
        #expect(response[header: "X-MULTI"] == "a")
        #expect(response.effectiveURL.absoluteString == server.baseURL + "/rss/cs.AI?x=1")
        let request = try #require(server.requests.first)
        #expect(request.method == "GET")
        #expect(request.path == "/rss/cs.AI?x=1")
        #expect(request.header("User-Agent") == "arxiv-bot-test/1.0 (mailto:t@example.org)")
        #expect(request.header("if-none-match") == nil)
        #expect(server.requests.count == 1)
    }

    @Test func defaultUserAgentNamesTheBotAndAContact() {
        #expect(HTTPOptions().userAgent.hasPrefix("arxiv-bot/"))
        #expect(HTTPOptions().userAgent.contains("mailto:"))
        #expect(Configuration().feeds.userAgent == HTTPOptions.defaultUserAgent, "one default, with the contact")
    }

    @Test func etagGivesNotModified() throws {
        let server = try LocalHTTPServer { request in
            request.header("If-None-Match") == "\"abc\"" ? .init(status: 304) : .text("fresh", headers: ["ETag": "\"abc\""])
        }
        let client = HTTPClient(options: quick)
        let first = try client.get(server.url("/feed"))
        #expect(first.status == 200)
        let second = try client.get(server.url("/feed"), validators: first.validators)
        #expect(second.status == 304)
        #expect(second.isNotModified)
        #expect(second.body.isEmpty)
        #expect(server.requests.last?.header("if-none-match") == "\"abc\"")
    }

    @Test func lastModifiedIsSentAsIfModifiedSince() throws {
        let stamp = "Mon, 27 Jul 2026 04:00:00 GMT"
        let server = try LocalHTTPServer { request in
            request.header("If-Modified-Since") == stamp ? .init(status: 304) : .text("fresh")
        }
        let response = try HTTPClient(options: quick).get(server.url("/feed"), validators: HTTPValidators(lastModified: stamp))
        #expect(response.status == 304)
        #expect(server.requests.first?.header("if-modified-since") == stamp)
    }

    @Test func notFoundIsAResponseNotRetried() throws {
        let server = try LocalHTTPServer(responses: [.text("<html><body>no such page</body></html>", status: 404)])
        let recorder = SleepRecorder()
        let response = try HTTPClient(options: quick, sleeper: recorder.sleep).get(server.url("/missing"))
        #expect(response.status == 404)
        #expect(response.text.contains("no such page"))
        #expect(server.requests.count == 1)
        #expect(recorder.sleeps.isEmpty)
        #expect(throws: HTTPError.status(url: server.baseURL + "/missing", status: 404)) { try response.checked() }
        #expect(HTTPError.status(url: "u", status: 404).exitCode == .unavailable)
    }

    @Test func redirectKeepsOnlyTheFinalHeaders() throws {
        let server = try LocalHTTPServer { request in
            request.path == "/old"
                ? .init(status: 301, headers: ["Location": "/new", "X-First": "1", "ETag": "\"old\""])
                : .text("moved here", headers: ["ETag": "\"new\""])
        }
        let response = try HTTPClient(options: quick).get(server.url("/old"))
        #expect(response.status == 200)
        #expect(response.text == "moved here")
        #expect(response[header: "x-first"] == nil)
        #expect(response.etag == "\"new\"")
        #expect(response.effectiveURL.path == "/new")
    }

    @Test func everyRedirectHopWaitsItsTurnAtTheRateLimiter() throws {
        let server = try LocalHTTPServer { request in
            request.path == "/oai2" ? .redirect(to: "/oai", status: 301) : .text("<OAI-PMH/>")
        }
        let waits = SleepRecorder()
        let http = HTTPClient(options: quick, rateLimiter: RateLimiter(minimumInterval: 3, sleep: waits.sleep))
        let response = try http.get(server.url("/oai2"))
        #expect(response.status == 200 && response.effectiveURL.path == "/oai")
        #expect(server.requests.map(\.path) == ["/oai2", "/oai"])
        #expect(waits.sleeps.count == 1 && waits.sleeps.allSatisfy { $0 > 2.9 }, "\(waits.sleeps)")
    }

    @Test func redirectsTurnPostIntoGetAndKeepTheKeyOnItsHost() throws {
        let server = try LocalHTTPServer { request in
            switch request.path {
            case "/see-other": return .redirect(to: "/landing", status: 303)
            case "/elsewhere": return .redirect(to: "http://localhost:\(request.header("host")?.split(separator: ":").last ?? "")/landing", status: 302)
            case "/loop": return .redirect(to: "/loop", status: 302)
            default: return .text("landed")
            }
        }
        let http = HTTPClient(options: quick)
        _ = try http.postJSON(server.url("/see-other"), body: Data("{}".utf8), headers: ["Authorization": "Bearer k"])
        #expect(server.requests.map(\.method) == ["POST", "GET"])
        #expect(server.requests[1].header("authorization") == "Bearer k", "same host: the key goes along")
        _ = try http.get(server.url("/elsewhere"), headers: ["Authorization": "Bearer k"])
        #expect(server.requests[3].header("authorization") == nil, "another host never sees the key")
        let error = try #require(throws: HTTPError.self) { try http.get(server.url("/loop")) }
        #expect(error.message.contains("redirects"))
    }

    @Test func gzipBodyIsDecodedAndAcceptEncodingSent() throws {
        let text = String(repeating: "arxiv ", count: 20_000)
        let server = try LocalHTTPServer { _ in .init(body: Data(text.utf8), gzip: true) }
        let response = try HTTPClient(options: quick).get(server.url("/big"))
        #expect(response.text == text)
        #expect(response[header: "content-encoding"] == "gzip")
        #expect(server.requests.first?.header("accept-encoding")?.contains("gzip") == true)
    }

    @Test func postJSONSendsBodyAndHeaders() throws {
        let server = try LocalHTTPServer { request in .init(body: request.body) }
        let json = Data(#"{"model":"m","input":"\#(String(repeating: "x", count: 5000))"}"#.utf8)
        let response = try HTTPClient(options: quick).postJSON(server.url("/v1/chat"), body: json,
                                                                headers: ["Authorization": "Bearer k"])
        #expect(response.body == json)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.header("content-type") == "application/json")
        #expect(request.header("authorization") == "Bearer k")
        #expect(request.header("expect") == nil)
    }

    @Test func bodyLargerThanTheLimitIsAnError() throws {
        let server = try LocalHTTPServer { _ in .init(body: Data(count: 10_000)) }
        var options = quick
        options.maxBodyBytes = 1_000
        #expect(throws: HTTPError.bodyTooLarge(url: server.baseURL + "/x", limit: 1_000)) {
            try HTTPClient(options: options).get(server.url("/x"))
        }
    }
}
