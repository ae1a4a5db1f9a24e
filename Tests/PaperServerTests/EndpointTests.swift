import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PaperKit
import Testing
@testable import PaperServer

/// Every endpoint on a live server (port 0): status, content type and a piece of the content.
struct EndpointTests {
    static let cases: [(path: String, status: Int, type: String, contains: String)] = [
        ("/", 200, "text/html", "<form class=\"search\""),
        ("/?q=latency+prediction", 200, "text/html", "Accurate <mark>latency</mark> <mark>prediction</mark> is critical"),
        ("/papers/2607.21602", 200, "text/html", "Transferable Latency Prediction for Fast LLM Screening"),
        ("/papers/2607.21602v1", 200, "text/html", "<td>2026-07-27</td><td>new</td>"),
        ("/papers/2607.21602", 200, "text/html", "<h2>Similar papers</h2>\n<ol class=\"similar\">\n<li><a href=\"/papers/2607."),
        ("/papers/arXiv:2607.21602", 200, "text/html", "https://arxiv.org/pdf/2607.21602v1"),
        ("/rss", 200, "application/rss+xml", "<rss version=\"2.0\""),
        ("/rss/cs.AI?from=2026-07-27&to=2026-07-27", 200, "application/rss+xml", "oai:arXiv.org:2607.21602v1"),
        ("/atom", 200, "application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
        ("/atom/cs.DC?week=2026-W31", 200, "application/atom+xml", "<entry>"),
        ("/digest?week=2026-W31", 200, "text/html", "arXiv digest: 2026-W31"),
        ("/digest?from=2026-07-27&to=2026-07-27&template=readme", 200, "text/html", "arXiv Papers Bot"),
        ("/api/search?q=latency+prediction&limit=1", 200, "application/json", "\"arxiv_id\" : \"2607.21602\""),
        ("/api/papers/2607.21602", 200, "application/json", "\"pdf_url\" : \"https://arxiv.org/pdf/2607.21602v1\""),
        ("/export.csv?from=2026-07-27&to=2026-07-27&category=cs.DC", 200, "text/csv", "arxiv_id,version,title,authors"),
        ("/health", 200, "application/json", "\"papers\" : 223"),
        ("/nowhere", 404, "text/html", "404 Not Found"),
        ("/papers/2607.99999", 404, "text/html", "no paper 2607.99999 in the store"),
        ("/api/papers/hep-th/9901001", 404, "application/json", "{\"error\":\"no paper hep-th/9901001 in the store\",\"status\":404}"),
        ("/papers/not-an-id", 404, "text/html", "is not an arXiv ID"),
        ("/papers/2607%2E21602", 200, "text/html", "Transferable Latency Prediction"),
        ("/rss/cs%2EAI?from=2026-07-27&to=2026-07-27", 200, "application/rss+xml", "oai:arXiv.org:2607.21602v1"),
        ("/papers/2607.21602v9", 404, "text/html", "the store has 2607.21602 up to v1, not v9"),
        ("/api/papers/2607.21602v2", 404, "application/json", "up to v1, not v2"),
        ("/api/search?q=latency%00prediction&limit=1", 200, "application/json", "\"arxiv_id\" : \"2607.21602\""),
    ]

    @Test func headAnswersLikeGetWithoutABodyAndOtherMethodsAre405() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            for path in ["/", "/rss", "/health", "/papers/2607.21602", "/export.csv?from=2026-07-27&to=2026-07-27"] {
                let get = try await client.execute(uri: path, method: .get)
                let head = try await client.execute(uri: path, method: .head)
                #expect(head.status == .ok && head.body.readableBytes == 0, "\(path)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(path)")
            }
            for method in [HTTPRequest.Method.post, .put, .delete] {
                let response = try await client.execute(uri: "/api/search?q=x", method: method)
                #expect(response.status == .methodNotAllowed && response.headers[.allow] == "GET, HEAD", "\(method)")
                #expect(response.text.contains("this server only reads") && response.contentType.hasPrefix("application/json"))
            }
        }
    }

    @Test func everyEndpointAnswersWithItsTypeAndContent() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            for c in Self.cases {
                let response = try await client.execute(uri: c.path, method: .get)
                #expect(Int(response.status.code) == c.status, "\(c.path)")
                #expect(response.contentType.hasPrefix(c.type), "\(c.path): \(response.contentType)")
                #expect(response.text.contains(c.contains), "\(c.path) lacks \(c.contains)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true, "\(c.path)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(c.path)")
            }
        }
    }

    @Test func searchPagePaginatesWithLinksThatKeepTheQuery() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            let first = try await client.execute(uri: "/?q=model&category=cs.AI", method: .get).text
            #expect(first.contains("href=\"/?q=model&amp;category=cs.AI&amp;page=2\""))
            #expect(first.contains("Results 1–20") && first.contains("class=\"score\">score"))
            let second = try await client.execute(uri: "/?q=model&category=cs.AI&page=2", method: .get).text
            #expect(second.contains("Results 21–") && second.contains("page=1\">← previous"))
            #expect(!first.contains("<script") && first.contains("name=\"viewport\""))
        }
    }

    @Test func apiSearchIsTheJSONOfQuery() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            let body = try await client.execute(uri: "/api/search?q=latency&limit=3", method: .get).text
            let array = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: Any]])
            #expect(array.count == 3)
            let keys = Set(array[0].keys)
            #expect(keys == ["arxiv_id", "version", "title", "authors", "categories", "primary_category", "published", "updated",
                             "date", "announce_type", "score", "excluded", "keyword_hits", "snippet", "doi", "journal_ref",
                             "comments", "url", "pdf_url", "abstract", "summary", "summary_model"])
        }
    }

    @Test func exportStreamsTheBytesOfExport() async throws {
        let fixture = try ServerFixture()
        let file = fixture.folder.appendingPathComponent("export.csv").path
        let output = try OutputFile(path: file)
        var filter = PaperFilter()
        filter.categories = ["cs.AI"]
        try PaperExporter(format: .csv(CSVWriter())).export(from: try PaperStore(readOnlyPath: fixture.databasePath),
                                                           matching: filter, to: output)
        try output.commit()
        let expected = try String(contentsOfFile: file, encoding: .utf8)
        try await fixture.application().test(.live) { client in
            let response = try await client.execute(uri: "/export.csv?category=cs.AI", method: .get)
            #expect(response.headers[.contentDisposition]?.contains("papers.csv") == true)
            #expect(response.text.hasPrefix("arxiv_id,") && response.text.contains("2607.21602,1,Transferable Latency Prediction"))
            #expect(response.text == expected)
        }
    }
}
