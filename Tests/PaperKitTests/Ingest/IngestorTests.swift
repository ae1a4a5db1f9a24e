import Foundation
import Testing
import TestSupport
@testable import PaperKit

struct IngestorTests {
    let csAI = "rss/cs.AI-2026-07-27.xml"

    @Test func aDailyFeedIsStoredWithEveryAnnouncementType() throws {
        let h = try IngestHarness()
        let report = try h.ingest(.file(Fixtures.path(csAI)))
        #expect(report.failed.isEmpty)
        #expect(report.summary == "ingested 1 source: 223 papers (223 new, 0 updated), 223 announcements, 0 failed")
        #expect(try h.count("SELECT count(*) FROM papers") == 223)
        for (type, expected) in [("new", 51), ("cross", 92), ("replace", 25), ("replace-cross", 55)] {
            #expect(try h.count("SELECT count(*) FROM announcements WHERE type = '\(type)' AND day = '2026-07-27'") == expected, "\(type)")
        }
        let run = try #require(try h.store.runs().first?.run)
        #expect(run.status == .ok && run.recordsSeen == 223 && run.format != nil && run.announced == Day(iso: "2026-07-27"))
    }

    @Test func theSummaryRangeIsTheNewestFeedReadNotTheUTCDay() throws {
        let h = try IngestHarness()
        let report = try h.ingest(.file(Fixtures.path("rss/quant-ph-2024-12-30.xml")), .file(Fixtures.path(csAI)))
        let range = try report.summaryRange()
        #expect(range.from == Day(iso: "2026-07-27") && range.to == range.from)
        let nothingRead = try IngestReport().summaryRange()
        #expect(nothingRead.from == ArxivSchedule.feedDay(), "with no feed read: today's feed date")
    }

    @Test func reIngestingTheSameFeedChangesNothing() throws {
        let h = try IngestHarness()
        _ = try h.ingest(.file(Fixtures.path(csAI)))
        let before = try h.store.counts()
        let again = try h.ingest(.file(Fixtures.path(csAI)))
        #expect(again.summary == "ingested 1 source: 223 papers (0 new, 0 updated), 0 announcements, 0 failed")
        var after = try h.store.counts()
        after.runs -= 1
        #expect(after == before)
    }

    @Test func aBrokenSourceRollsBackAloneAndTheOthersCommit() throws {
        let h = try IngestHarness()
        let report = try h.ingest(.file(Fixtures.path("rss/quant-ph-2024-12-30.xml")),
                                  .file(Fixtures.path("rss/atom-variant/cs.AI-2025-08-20.atom.xml")),
                                  .file(Fixtures.path("rss/trimmed/cs.CL-2026-04-27-3items.xml")))
        #expect(report.failed.count == 1)
        #expect(report.exitCode == .dataError)
        let message = try #require(report.failed.first?.error?.message)
        #expect(message.contains("cs.AI-2025-08-20.atom.xml") && message.contains("1233"), "names file and line: \(message)")
        #expect(try h.count("SELECT count(*) FROM papers") == 139 + 3)
        #expect(try h.count("SELECT count(*) FROM ingest_runs WHERE status = 'failed' AND error LIKE '%1233%'") == 1)
        // Nothing of the 87 complete entries before the cut was kept.
        #expect(try h.count("SELECT count(*) FROM announcements WHERE feed LIKE '%cs.AI%' AND day LIKE '2025-08%'") == 0)
    }

    @Test func aMissingFileIsReportedAndTheRunGoesOn() throws {
        let h = try IngestHarness()
        let report = try h.ingest(.file("/nonexistent/feed.xml"), .file(Fixtures.path("rss/trimmed/cs.AI-2026-04-27-3items.xml")))
        #expect(report.exitCode == .noInput)
        #expect(report.failed.first?.error?.message.contains("/nonexistent/feed.xml") == true)
        #expect(try h.count("SELECT count(*) FROM papers") == 3)
    }

    @Test func anEmptyWeekendFeedIsSuccess() throws {
        let h = try IngestHarness()
        let report = try h.ingest(.file(Fixtures.path("rss/cs.CL-2026-08-01-saturday-empty.xml")))
        #expect(report.failed.isEmpty && report.recordsSeen == 0 && report.exitCode == .success)
    }

    @Test func aFolderIsExpandedIntoItsFilesInOrder() throws {
        let sources = FeedSource.expand([try Fixtures.path("rss/trimmed")])
        #expect(sources.map { URL(fileURLWithPath: $0.description).lastPathComponent } ==
                ["cs.AI-2026-04-27-3items.xml", "cs.CL-2026-04-27-3items.xml", "cs.LG-2026-04-27-3items.xml"])
    }

    @Test func aReplacementUpdatesThePaperAndKeepsBothAnnouncements() throws {
        let h = try IngestHarness()
        let folder = h.temp.folder
        // The same feed, first as if it announced v1 as new three days earlier.
        let older = try temporaryCopy(of: "rss/trimmed/cs.AI-2026-04-27-3items.xml", named: "older.xml", in: folder) { data in
            Data(String(decoding: data, as: UTF8.self)
                .replacingOccurrences(of: "27 Apr 2026", with: "24 Apr 2026").utf8)
        }
        _ = try h.ingest(.file(older))
        let newer = try temporaryCopy(of: "rss/trimmed/cs.AI-2026-04-27-3items.xml", named: "newer.xml", in: folder) { data in
            Data(String(decoding: data, as: UTF8.self)
                .replacingOccurrences(of: "v1 Announce Type: new", with: "v2 Announce Type: replace")
                .replacingOccurrences(of: "v1</guid>", with: "v2</guid>")
                .replacingOccurrences(of: "<arxiv:announce_type>new", with: "<arxiv:announce_type>replace").utf8)
        }
        let report = try h.ingest(.file(newer))
        #expect(report.papersUpdated == 3 && report.papersNew == 0 && report.announcementsNew == 3)
        #expect(try h.count("SELECT count(*) FROM papers WHERE version = 2 AND first_announced = '2026-04-24'") == 3)
        // Ingesting the older file again must not take the papers back to v1.
        _ = try h.ingest(.file(older))
        #expect(try h.count("SELECT count(*) FROM papers WHERE version = 2") == 3)
    }
}

/// The old bot's real scores on the cs.AI feed of 2026-07-27, with its configuration unchanged.
struct SeedScoreTests {
    @Test(arguments: [("2607.21981", 5.0), ("2607.22100", 4.5), ("2607.22067", 4.0), ("2607.21619", 3.5)])
    func substringModeReproducesTheOldBot(id: String, expected: Double) throws {
        let h = try IngestHarness(match: .substring)
        _ = try h.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")))
        let score = try h.store.database.prepare("SELECT score FROM papers WHERE arxiv_id = ?").first([.text(id)]) { $0.double(0) }
        #expect(score == expected)
    }

    @Test func wordModeDoesNotCountRLInsideWorld() throws {
        let h = try IngestHarness(match: .word)
        _ = try h.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")))
        let substring = try IngestHarness(match: .substring)
        _ = try substring.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")))
        let sql = "SELECT count(*) FROM keyword_hits WHERE keyword = 'RL'"
        #expect(try h.count(sql) < substring.count(sql))
    }
}
