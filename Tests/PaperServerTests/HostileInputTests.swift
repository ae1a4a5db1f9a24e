import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PaperServer

/// What an attacker or a careless client sends: escaped echoes, one-line 400s and 404s, no SQL,
/// no stack traces, and the security headers on every answer.
struct HostileInputTests {
    @Test func anXSSAttemptIsEchoedEscaped() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            let attack = "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cimg+src%3Dx+onerror%3Dalert(2)%3E"
            let page = try await client.execute(uri: "/?q=\(attack)&min_score=\(attack)", method: .get)
            #expect(!page.text.contains("<script>") && !page.text.contains("<img"))
            #expect(page.text.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src") == false)
        }
    }

    static let badRequests: [(path: String, status: Int, message: String)] = [
        ("/digest?from=2026-13-01", 400, "from 2026-13-01 is not a valid date"),
        ("/digest?from=2026-08-01&to=2026-07-01", 400, "is after the end date"),
        ("/digest?week=2025-W53", 400, "does not exist"),
        ("/rss?from=1800-01-01&to=2400-12-31", 400, "longer than 366 days"),
        ("/rss?to=0001-01-01", 400, "to 0001-01-01 is outside the years 1800-2400"),
        ("/digest?week=9999-W52", 400, "week 9999-W52 is outside the years"),
        ("/api/search?q=x&from=0001-01-01", 400, "is outside the years"),
        ("/api/search?from=yesterday", 400, "from yesterday is not a valid date"),
        ("/api/search?q=x&limit=100000", 400, "limit must be a whole number from 1 to 100"),
        ("/api/search?q=x&min_score=NaN", 400, "min_score must be a number"),
        ("/api/search?q=x&type=novel", 400, "type novel is unknown"),
        ("/api/search?q=x&category=%27%3B+DROP+TABLE+papers", 400, "is not an arXiv category"),
        ("/api/search?q=" + String(repeating: "a", count: 600), 400, "parameter q is too long"),
        ("/export.csv?to=2026-02-30", 400, "to 2026-02-30 is not a valid date"),
        ("/?page=0", 400, "page must be a whole number"),
        ("/rss/" + String(repeating: "x", count: 100), 400, "category is too long"),
        ("/rss/CS.AI", 404, "is not an arXiv category"),
        ("/api/papers/" + String(repeating: "1", count: 80), 400, "the paper ID is too long"),
        ("/api/search?q=%FF%FE", 400, "is not valid percent-encoded UTF-8"),
    ]

    @Test func badParametersGetOneLineAndNoInternals() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            for c in Self.badRequests {
                let response = try await client.execute(uri: c.path, method: .get)
                #expect(Int(response.status.code) == c.status, "\(c.path)")
                #expect(response.text.contains(c.message), "\(c.path): \(response.text.suffix(300))")
                for leak in ["SELECT", "sqlite", "Fatal", ".swift:"] { #expect(!response.text.contains(leak), "\(c.path)") }
                if c.path.hasPrefix("/api/") { #expect(response.text.split(separator: "\n").count == 1, "\(c.path)") }
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test func aHugeRequestURIIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            let response = try await client.execute(uri: "/?q=" + String(repeating: "a", count: 20_000), method: .get)
            #expect([400, 414, 431].contains(Int(response.status.code)))
            #expect(!response.text.contains(String(repeating: "a", count: 100)))
            let api = try await client.execute(uri: "/api/search?q=" + String(repeating: "a", count: 4_100), method: .get)
            #expect(api.status == .uriTooLong && api.contentType.hasPrefix("application/json"), "errors under /api/ are JSON")
        }
    }

    @Test(arguments: ["\"unbalanced", "NEAR(a b", "a OR OR b", "'; DROP TABLE papers; --", "title:", "*", "-", "2607.21602v1"])
    func ftsSyntaxInTheQueryIsText(query: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            let encoded = QueryEncoding.encode(query)
            let api = try await client.execute(uri: "/api/search?q=\(encoded)", method: .get)
            #expect(api.status == .ok, "\(query): \(api.text)")
            let page = try await client.execute(uri: "/?q=\(encoded)", method: .get)
            #expect(page.status == .ok, "\(query)")
        }
    }
}
