import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import PaperKit
@testable import PaperServer

/// `/recommend?tag=T` lists what `Recommender` ranks for the tag, read-only; a missing tag
/// parameter is 400 and an unknown tag 404.
struct RecommendRouteTests {
    @Test func theTagsRecommendationsWithWhy() async throws {
        let fixture = try ServerFixture()
        let writer = try PaperStore(path: fixture.databasePath)
        let ids = ["2607.21596", "2607.21597", "2607.21602", "2607.22368", "2607.22393"].compactMap(ArxivID.init)
        #expect(try writer.addTag("mine", ids: ids) == 5)
        var filter = PaperFilter()
        filter.since = Day(iso: "2026-07-27")
        filter.until = Day(iso: "2026-07-27")
        let expected = try Recommender(store: writer).recommend(positives: .arxivIDs(ids.map(\.rawValue)), filter: filter, limit: 20)
        #expect(expected.recommendations.count == 20)
        try await fixture.application().test(.live) { client in
            let page = try await client.execute(uri: "/recommend?tag=mine&from=2026-07-27&to=2026-07-27", method: .get)
            #expect(page.status == .ok && page.contentType.hasPrefix("text/html"))
            for r in expected.recommendations.prefix(5) { #expect(page.text.contains("/papers/\(r.paper.arxivID)")) }
            for id in ids { #expect(!page.text.contains("href=\"/papers/\(id.rawValue)\"")) }
            #expect(page.text.contains("why: "))
            let missing = try await client.execute(uri: "/recommend", method: .get)
            #expect(missing.status == .badRequest)
            let unknown = try await client.execute(uri: "/recommend?tag=nope", method: .get)
            #expect(unknown.status == .notFound)
        }
    }
}
