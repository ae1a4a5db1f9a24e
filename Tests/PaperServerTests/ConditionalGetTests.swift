import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import PaperKit
@testable import PaperServer

/// Feeds carry ETag and Last-Modified and answer conditional requests with 304 and no body.
struct ConditionalGetTests {
    @Test(arguments: ["/rss", "/atom/cs.AI", "/digest?week=2026-W31"])
    func aRepeatedRequestWithItsValidatorsIsNotModified(path: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            let first = try await client.execute(uri: path, method: .get)
            let etag = try #require(first.headers[.eTag])
            let lastModified = try #require(first.headers[.lastModified])
            #expect(first.status == .ok && lastModified == "Mon, 03 Aug 2026 06:00:00 GMT")

            let byTag = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: etag])
            #expect(byTag.status == .notModified && byTag.body.readableBytes == 0 && byTag.headers[.eTag] == etag)
            let byWeakTag = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: "\"x\", W/\(etag)"])
            #expect(byWeakTag.status == .notModified)
            let byDate = try await client.execute(uri: path, method: .get, headers: [.ifModifiedSince: lastModified])
            #expect(byDate.status == .notModified)

            let otherTag = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: "\"stale\""])
            #expect(otherTag.status == .ok && otherTag.body == first.body)
            let older = try await client.execute(uri: path, method: .get, headers: [.ifModifiedSince: "Sun, 02 Aug 2026 06:00:00 GMT"])
            #expect(older.status == .ok)
            for invalid in ["Xyz, 99 Jan 2030 00:00:00 GMT", "Mon, 31 Feb 2030 00:00:00 GMT", "Sun, 03 Aug 2030 06:00:00 GMT"] {
                let ignored = try await client.execute(uri: path, method: .get, headers: [.ifModifiedSince: invalid])
                #expect(ignored.status == .ok, "an invalid date is ignored: \(invalid)")
            }
        }
    }

    @Test func anIngestChangesTheFeedAndItsTag() async throws {
        let fixture = try ServerFixture(files: ["rss/trimmed/cs.AI-2026-04-27-3items.xml"])
        try await fixture.application().test(.live) { client in
            let path = "/rss?from=2026-04-01&to=2026-07-31"
            let before = try await client.execute(uri: path, method: .get)
            try fixture.ingest(["rss/cs.AI-2026-07-27.xml"])
            let after = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: before.headers[.eTag] ?? ""])
            #expect(after.status == .ok && after.headers[.eTag] != before.headers[.eTag])
            #expect(after.text.contains("oai:arXiv.org:2607.21602v1") && !before.text.contains("2607.21602"))
        }
    }
}

/// `/rss`, `/atom` and `/digest` are the report's renderers over the same digest.
struct FeedParityTests {
    @Test(arguments: [
        ("/rss?from=2026-07-27&to=2026-07-27", "rss"), ("/atom?from=2026-07-27&to=2026-07-27", "atom"),
        ("/rss", "rss"), ("/atom/cs.DC?week=2026-W31", "atom"),
    ])
    func feedsAreTheReportsBytes(path: String, format: String) async throws {
        let fixture = try ServerFixture()
        let category = path.hasPrefix("/atom/cs.DC") ? "cs.DC" : nil
        let range = path.contains("week=") ? try DigestRange.week("2026-W31")
            : path.contains("from=") ? try DigestRange(from: Day(iso: "2026-07-27")!, to: Day(iso: "2026-07-27")!)
            : try DigestRange.last(fixture.configuration.daysBack, endingOn: Day(iso: "2026-08-03")!)
        let expected = try ReportRenderers.renderer(format: ReportFormat(rawValue: format)!)
            .render(try fixture.digest(range, category: category))
        try await fixture.application().test(.live) { client in
            let served = try await client.execute(uri: path, method: .get).text
            #expect(served == expected)
        }
    }

    @Test func digestIsTheReportsHTML() async throws {
        let fixture = try ServerFixture()
        let range = try DigestRange.week("2026-W31")
        let expected = try ReportRenderers.renderer(format: .html, template: .digest).render(try fixture.digest(range, charts: true))
        #expect(expected.contains("<svg"), "a week's html digest has its charts")
        try await fixture.application().test(.live) { client in
            let served = try await client.execute(uri: "/digest?week=2026-W31", method: .get).text
            #expect(served == expected)
        }
    }
}
