import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import PaperKit
@testable import PaperServer

/// `/watch/NAME` (HTML), `.rss` and `.atom`: the bytes `report --watch NAME` renders for the same
/// range, cached with validators like `/rss`; an unknown name is 404; a `days_back` above the
/// range cap still serves the default range.
struct WatchRouteTests {
    func fixture(daysBack: Int? = nil) throws -> ServerFixture {
        let fixture = try ServerFixture()
        var people = Watch(name: "people")
        people.authors = ["Heng Ji", "Christophe Guyeux"]
        fixture.configuration.watches = [Watch(name: "agents", query: "agents"), people]
        if let daysBack { fixture.configuration.daysBack = daysBack }
        return fixture
    }

    @Test func eachFormatIsTheReportOfTheWatch() async throws {
        let fixture = try fixture()
        let range = try DigestRange(from: Day(iso: "2026-07-27")!, to: Day(iso: "2026-07-27")!)
        let digest = try DigestBuilder(store: try PaperStore(readOnlyPath: fixture.databasePath), configuration: fixture.configuration)
            .build(range: range, selection: DigestSelection(configuration: fixture.configuration),
                   watches: [fixture.configuration.watches[1]], only: true, generatedAt: ServerFixture.now)
        #expect(digest.entries.count == 4)
        try await fixture.application().test(.live) { client in
            for (suffix, format, type) in [("", ReportFormat.html, "text/html"), (".rss", .rss, "application/rss+xml"),
                                           (".atom", .atom, "application/atom+xml")] {
                let response = try await client.execute(uri: "/watch/people\(suffix)?from=2026-07-27&to=2026-07-27", method: .get)
                #expect(response.status == .ok && response.contentType.hasPrefix(type))
                #expect(response.text == (try ReportRenderers.renderer(format: format, template: .digest).render(digest)), "\(suffix)")
                let etag = try #require(response.headers[.eTag])
                let again = try await client.execute(uri: "/watch/people\(suffix)?from=2026-07-27&to=2026-07-27", method: .get,
                                                     headers: [.ifNoneMatch: etag])
                #expect(again.status == .notModified)
            }
            let unknown = try await client.execute(uri: "/watch/nobody.rss", method: .get)
            #expect(unknown.status == .notFound && unknown.text.contains("no watch is called nobody"))
            let index = try await client.execute(uri: "/", method: .get)
            #expect(index.text.contains(#"<a href="/watch/agents">agents</a>"#) && index.text.contains(#"href="/watch/people.rss""#))
        }
    }

    @Test func aDaysBackOverTheCapStillServesTheDefaultRange() async throws {
        let fixture = try fixture(daysBack: 1_000)
        #expect(fixture.settings.daysBackNote?.contains("the last 366 days") == true)
        try await fixture.application().test(.live) { client in
            for path in ["/rss", "/atom", "/watch/agents.rss", "/watch/agents"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
            }
            let asked = try await client.execute(uri: "/rss?from=2020-01-01&to=2026-07-27", method: .get)
            #expect(asked.status == .badRequest, "an explicit range over the cap is still refused")
        }
    }
}
