import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// A backfilled paper is filed under its v1 date; the daily feed that later announces it adds the
/// announcement to the same paper instead of a second copy.
struct BackfillMergeTests {
    @Test func theDailyFeedAddsItsAnnouncementToABackfilledPaper() throws {
        let rssPath = try Fixtures.path("rss/trimmed/cs.LG-2026-04-27-3items.xml")
        var rssIDs: [String] = []
        try FeedParser.parse(file: rssPath) { rssIDs.append($0.id.rawValue) }
        // A real API page whose first three entries are renamed to the feed's three papers.
        var page = try String(decoding: Fixtures.data("atom/api-2026/personal-news-feed-cs.AI-LG-CL-2026-08-02.xml"), as: UTF8.self)
        var from = page.startIndex
        for id in rssIDs {
            let range = try #require(page.range(of: #"<id>http://arxiv.org/abs/\d{4}\.\d{5}v"#, options: .regularExpression,
                                                range: from..<page.endIndex))
            let replacement = "<id>http://arxiv.org/abs/\(id)v"
            page.replaceSubrange(range, with: replacement)
            from = page.index(range.lowerBound, offsetBy: replacement.count)
        }
        let body = Data(page.utf8)
        let emptyPage = try BackfillAPITests.cassette("arxivpy-id_0000.0000_s0_m100_8b51d9633a68.json").body
        let server = try LocalHTTPServer { request in
            query(request)["start"] == "0" ? .init(body: body) : .init(body: emptyPage)
        }
        let h = try BackfillHarness()
        let request = BackfillRequest(via: .api, from: Day(iso: "2026-07-30")!, to: Day(iso: "2026-07-31")!,
                                      categories: ["cs.AI", "cs.LG", "cs.CL"], resultLimit: 1_000_000)
        let report = try h.backfiller(server, maxRetries: 0).run(request)
        #expect(report.outcome == .finished && report.papersNew == 25)
        #expect(try h.count("SELECT count(*) FROM announcements") == 0)
        let published = try h.count("SELECT count(*) FROM papers WHERE published IS NOT NULL AND first_announced IS NULL")
        #expect(published == 25, "filed under their v1 date")

        let ingestor = Ingestor(store: h.store, scorer: Scorer(configuration: Configuration()), http: nil)
        let daily = try ingestor.ingest([.file(rssPath)])
        #expect(daily.papersNew == 0 && daily.announcementsNew == 3)
        #expect(try h.count("SELECT count(*) FROM papers") == 25)
        let announced = try h.count("SELECT count(*) FROM papers WHERE first_announced = '2026-04-27' AND published IS NOT NULL")
        #expect(announced == 3)
    }
}
