import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// A local OpenAI-compatible server: canned replies, failures, and the peak number of requests in flight.
final class FakeChatServer: @unchecked Sendable {
    /// Shared with the connection threads, which may outlive the test (a timed-out request).
    final class Gauge: @unchecked Sendable {
        let lock = NSLock()
        var inFlight = 0
        var peak = 0
    }

    private let gauge = Gauge()
    var peakInFlight: Int { gauge.lock.withLock { gauge.peak } }
    let server: LocalHTTPServer

    init(delay: Double = 0, reply: @escaping @Sendable (LocalHTTPServer.Request) -> LocalHTTPServer.Response = FakeChatServer.ok) throws {
        let gauge = self.gauge
        server = try LocalHTTPServer { request in
            gauge.lock.withLock { gauge.inFlight += 1; gauge.peak = max(gauge.peak, gauge.inFlight) }
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            defer { gauge.lock.withLock { gauge.inFlight -= 1 } }
            return reply(request)
        }
    }

    var baseURL: String { server.baseURL + "/v1" }

    static func completion(_ text: String) -> LocalHTTPServer.Response {
        let body = ##"{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"# 论文总结\n"##
            + text + ##""},"finish_reason":"stop"}],"usage":{"prompt_tokens":321,"completion_tokens":45,"total_tokens":366}}"##
        return .init(status: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
    }

    static let ok: @Sendable (LocalHTTPServer.Request) -> LocalHTTPServer.Response = { request in
        let title = (try? JSONSerialization.jsonObject(with: request.body) as? [String: Any])
            .flatMap { ($0["messages"] as? [[String: Any]])?.last?["content"] as? String }?
            .split(separator: "\n").first.map(String.init) ?? "?"
        return completion("summary of " + title.replacingOccurrences(of: "\"", with: "'"))
    }
}

struct SummarizerTests {
    static let key = "sk-test-SECRET-4242"

    func harness() throws -> IngestHarness {
        let h = try IngestHarness()
        _ = try h.ingest(.file(Fixtures.path("rss/trimmed/cs.AI-2026-04-27-3items.xml")),
                         .file(Fixtures.path("rss/trimmed/cs.CL-2026-04-27-3items.xml")))
        return h
    }

    func summarizer(_ h: IngestHarness, _ fake: FakeChatServer, workers: Int = 3, retries: Int = 2,
                    timeout: Double = 5, key: String? = SummarizerTests.key) throws -> Summarizer {
        var options = HTTPOptions(timeoutSeconds: timeout, connectTimeoutSeconds: 2, maxRetries: retries)
        options.retryBaseDelay = 0
        let http = HTTPClient(options: options, sleeper: h.sleeps.sleep)
        let chat = try ChatClient(baseURL: fake.baseURL, model: "qwen-long", temperature: 0.3, apiKey: key,
                                  keyVariable: "DASHSCOPE_API_KEY", http: http)
        return Summarizer(store: h.store, chat: chat, prompt: SummaryPrompt(instructions: SummaryPrompt.builtIn, input: .abstract),
                          input: .abstract, fullText: nil, maxWorkers: workers)
    }

    func allPapers(_ h: IngestHarness) throws -> [PaperResult] {
        var request = SearchRequest(text: "")
        request.filter.includeExcluded = true
        request.sort = .score
        return try h.store.search(request)
    }

    @Test func theRequestIsExactlyAnOpenAIChatCompletion() throws {
        let h = try harness()
        let fake = try FakeChatServer()
        let paper = try #require(try allPapers(h).first)
        let report = try summarizer(h, fake).summarize([paper])
        #expect(report.summarized == 1 && report.failed.isEmpty)
        let request = try #require(fake.server.requests.first)
        #expect(request.method == "POST" && request.path == "/v1/chat/completions")
        #expect(request.header("Authorization") == "Bearer \(Self.key)")
        #expect(request.header("Content-Type") == "application/json")
        let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
        #expect(body["model"] as? String == "qwen-long")
        #expect((body["temperature"] as? NSNumber)?.doubleValue == 0.3)
        let messages = try #require(body["messages"] as? [[String: String]])
        #expect(messages.map { $0["role"] } == ["system", "user"])
        #expect(messages[0]["content"] == SummaryPrompt.builtIn)
        #expect(messages[1]["content"]?.hasPrefix("Title: \(paper.title)\n") == true)
        #expect(messages[1]["content"]?.contains(paper.abstract) == true)
    }

    @Test func summariesAreStoredSearchableAndNotRequestedTwice() throws {
        let h = try harness()
        let fake = try FakeChatServer()
        let papers = try allPapers(h)
        let first = try summarizer(h, fake).summarize(papers)
        #expect(first.summarized == 6)
        let again = try summarizer(h, fake).summarize(papers)
        #expect(again.summarized == 0 && again.skipped == 6)
        #expect(fake.server.requests.count == 6)
        let stored = try allPapers(h)
        #expect(stored.allSatisfy { $0.summary?.hasPrefix("# 论文总结\nsummary of Title:") == true && $0.summaryModel == "qwen-long" })
        let tokens = try h.store.database.prepare("SELECT sum(prompt_tokens), sum(completion_tokens) FROM summaries").first { ($0.int(0), $0.int(1)) }
        #expect(tokens?.0 == 6 * 321 && tokens?.1 == 6 * 45)
        // summary: searches the summary column only.
        var search = SearchRequest(text: "summary:论文总结")
        search.filter.includeExcluded = true
        #expect(try h.store.search(search).count == 6)
        search.text = "title:论文总结"
        #expect(try h.store.search(search).isEmpty)
        try h.store.database.execute("INSERT INTO papers_fts (papers_fts) VALUES ('integrity-check')")
    }

    @Test func aNewVersionIsSummarizedAgainAndForceRedoesAll() throws {
        let h = try harness()
        let fake = try FakeChatServer()
        var papers = try allPapers(h)
        _ = try summarizer(h, fake).summarize(papers)
        papers[0].version = 2
        #expect(try summarizer(h, fake).summarize(papers).summarized == 1)
        #expect(try summarizer(h, fake).summarize(papers, force: true).summarized == 6)
    }

    @Test func concurrencyIsBoundedByMaxWorkers() throws {
        let h = try harness()
        let fake = try FakeChatServer(delay: 0.15)
        let report = try summarizer(h, fake, workers: 2).summarize(try allPapers(h))
        #expect(report.summarized == 6)
        #expect(fake.peakInFlight == 2)
    }

    @Test func rateLimitedThenSuccessHonoursRetryAfter() throws {
        let h = try harness()
        let calls = Counter()
        let fake = try FakeChatServer { request in
            calls.next() == 0 ? .init(status: 429, headers: ["Retry-After": "7"]) : FakeChatServer.ok(request)
        }
        let report = try summarizer(h, fake, workers: 1).summarize([try allPapers(h)[0]])
        #expect(report.summarized == 1)
        #expect(h.sleeps.sleeps.contains { $0 >= 7 })
    }

    @Test(arguments: [
        ("500", "500"), ("malformed", "not JSON"), ("empty", "empty summary"), ("401", "refused the API key"), ("404", "does not know the model"),
    ])
    func aFailureIsRecordedAndTheOthersContinue(kind: String, reason: String) throws {
        let h = try harness()
        let papers = try allPapers(h)
        let victim = papers[1].title
        let fake = try FakeChatServer { request in
            guard request.text.contains(victim.replacingOccurrences(of: "\"", with: "\\\"")) else { return FakeChatServer.ok(request) }
            switch kind {
            case "500": return .init(status: 500, body: Data("oops".utf8))
            case "malformed": return .init(status: 200, body: Data("<html>gateway</html>".utf8))
            case "empty": return FakeChatServer.completion("").withEmptyContent()
            case "401": return .init(status: 401, body: Data(#"{"error":"bad key"}"#.utf8))
            default: return .init(status: 404, body: Data(#"{"error":"no such model"}"#.utf8))
            }
        }
        let report = try summarizer(h, fake, retries: 1).summarize(papers)
        #expect(report.summarized == 5)
        #expect(report.failed.count == 1 && report.failed[0].reason.contains(reason), "\(report.failed)")
        #expect(try h.count("SELECT count(*) FROM summary_failures") == 1)
    }

    @Test func aStoreThatCannotSaveStopsTheRequestsToThePaidAPI() throws {
        let h = try harness()
        let fake = try FakeChatServer()
        let papers = try allPapers(h)
        #expect(papers.count >= 5)
        try h.store.database.execute("DROP TABLE summaries")
        #expect(throws: StoreError.self) { try summarizer(h, fake, workers: 1).summarize(papers, force: true) }
        Thread.sleep(forTimeInterval: 0.5)   // time enough for a worker left running to ask for more
        #expect(fake.server.requests.count <= 2, "the paper in flight at most, not all \(papers.count)")
    }

    @Test func aTimeoutIsAFailureNotAHang() throws {
        let h = try harness()
        let fake = try FakeChatServer(delay: 3)
        let report = try summarizer(h, fake, workers: 1, retries: 0, timeout: 0.5).summarize([try allPapers(h)[0]])
        #expect(report.failed.count == 1)
    }

    @Test func aRemoteServerWithoutAKeyIsRefusedBeforeAnyRequest() throws {
        let http = HTTPClient()
        let error = try #require(throws: SummaryError.self) {
            try ChatClient(baseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1", model: "m", temperature: 0.3,
                           apiKey: nil, keyVariable: "DASHSCOPE_API_KEY", http: http)
        }
        #expect(error.exitCode == .config && error.message.contains("DASHSCOPE_API_KEY"))
        #expect(throws: SummaryError.self) {
            try ChatClient(baseURL: "http://example.com/v1", model: "m", temperature: 0.3, apiKey: "k", keyVariable: "K", http: http)
        }
        _ = try ChatClient(baseURL: "http://127.0.0.1:11434/v1", model: "m", temperature: 0.3, apiKey: nil, keyVariable: "K", http: http)
        _ = try ChatClient(baseURL: "http://127.3.2.1:8000/v1", model: "m", temperature: 0.3, apiKey: "k", keyVariable: "K", http: http)
        let notAURL = try #require(throws: SummaryError.self) {
            try ChatClient(baseURL: "api.openai.com/v1", model: "m", temperature: 0.3, apiKey: "k", keyVariable: "K", http: http)
        }
        #expect(notAURL == .badBaseURL("api.openai.com/v1") && notAURL.exitCode == .config)
        for lookalike in ["http://127.example.com/v1", "http://127.0.0.1.nip.io/v1", "http://localhost.example.com/v1"] {
            #expect(throws: SummaryError.self, "\(lookalike) is not loopback") {
                try ChatClient(baseURL: lookalike, model: "m", temperature: 0.3, apiKey: "k", keyVariable: "K", http: http)
            }
        }
    }

    @Test func theKeyAppearsNowhere() throws {
        let h = try harness()
        let fake = try FakeChatServer { request in
            request.text.contains("Math") ? .init(status: 401) : FakeChatServer.ok(request)
        }
        let report = try summarizer(h, fake).summarize(try allPapers(h))
        #expect(!report.failed.isEmpty && !report.failed.contains { $0.reason.contains(Self.key) })
        try h.store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: h.temp.path))
        #expect(bytes.range(of: Data(Self.key.utf8)) == nil)
        #expect(bytes.range(of: Data("summary of".utf8)) != nil, "the check reads the real file")
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { defer { value += 1 }; return value } }
}

extension LocalHTTPServer.Response {
    /// The same completion with `content` set to whitespace.
    func withEmptyContent() -> LocalHTTPServer.Response {
        var copy = self
        copy.body = Data(#"{"choices":[{"message":{"role":"assistant","content":"  "}}]}"#.utf8)
        return copy
    }
}
