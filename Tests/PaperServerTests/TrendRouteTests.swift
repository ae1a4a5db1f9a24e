import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import PaperKit
@testable import PaperServer

/// `/trends` and `/api/trends`: the JSON of `trend --format json`, a page with the inline SVG and
/// the table, hostile queries escaped, the search page's link, and 400s for bad parameters.
struct TrendRouteTests {
    @Test func theJSONIsTheTrendAndThePageHoldsTheChart() async throws {
        let fixture = try ServerFixture()
        let range = try DigestRange(from: Day(iso: "2026-07-01")!, to: Day(iso: "2026-08-31")!)
        let trend = try TrendBuilder(store: try PaperStore(readOnlyPath: fixture.databasePath))
            .build(TrendRequest(queries: ["agents", "reasoning"], period: .month, range: range), generatedAt: ServerFixture.now)
        #expect(trend.rows.map(\.label) == ["2026-07", "2026-08"] && trend.rows[0].counts[0] > 0)
        try await fixture.application().test(.live) { client in
            let api = try await client.execute(uri: "/api/trends?q=agents&q=reasoning&by=month&from=2026-07&to=2026-08", method: .get)
            #expect(api.status == .ok && api.contentType.hasPrefix("application/json"))
            #expect(api.text == TrendJSON.render(trend))
            let page = try await client.execute(uri: "/trends?q=agents&q=reasoning&from=2026-07&to=2026-08", method: .get)
            #expect(page.status == .ok && page.text.contains("<svg style=\"max-width:100%;height:auto\" xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(page.text.components(separatedBy: "class=\"series\"").count == 3)
            #expect(page.text.contains("<td>2026-07</td><td>\(trend.rows[0].counts[0])</td>"))
            #expect(!page.text.contains("<?xml"), "the SVG is inline, without its declaration")
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src") == false)
            let empty = try await client.execute(uri: "/trends", method: .get)
            #expect(empty.status == .ok && empty.text.contains("<form class=\"search\" method=\"get\" action=\"/trends\">") && !empty.text.contains("<svg"))
            #expect(empty.text.contains(#"<a href="/trends">trends</a>"#), "the nav links to trends")
            let search = try await client.execute(uri: "/?q=agents", method: .get)
            #expect(search.text.contains(#"<a href="/trends?q=agents">trend of this query</a>"#))
        }
    }

    @Test func aHostileQueryIsEscaped() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            let attack = QueryEncoding.encode("<script>alert(1)</script>&\"'")
            let page = try await client.execute(uri: "/trends?q=\(attack)", method: .get)
            #expect(page.status == .ok)
            #expect(!page.text.contains("<script") && page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;"))
        }
    }

    static let badRequests: [(path: String, message: String)] = [
        ("/trends?by=year", "q is missing"),
        ("/api/trends?by=month", "q is missing"),
        ("/api/trends?q=a&by=fortnight", "by must be day, week, month or year"),
        ("/api/trends?q=a&from=2026-13", "from 2026-13 is not a date"),
        ("/api/trends?q=a&from=2026-08-01&to=2026-07-01", "is after the end date"),
        ("/api/trends?q=a&days=5&from=2026-01", "both give the range"),
        ("/api/trends?q=a&days=0", "days must be a whole number"),
        ("/api/trends?q=a&by=day&from=2000-01-01", "too many for one trend"),
        ("/api/trends?" + (1...9).map { "q=w\($0)" }.joined(separator: "&"), "9 queries is too many"),
        ("/api/trends?q=a&category=not%20a%20category", "category"),
        ("/trends?q=a&by=year&to=0001-01", "to 0001-01 is not a date"),
    ]

    @Test func badParametersAre400() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            for c in Self.badRequests {
                let response = try await client.execute(uri: c.path, method: .get)
                #expect(response.status == .badRequest, "\(c.path)")
                #expect(response.text.contains(c.message), "\(c.path): \(response.text.suffix(300))")
            }
        }
    }
}
