import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// A record that cannot be read is skipped, counted and named; the rest of its source is stored,
/// and the run ends with exit code 65 so that cron and systemd notice.
struct SkippedRecordTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skips-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// Edits a real fixture's text.
    func edited(_ fixture: String, named name: String, _ edit: (String) throws -> String) throws -> String {
        try write(name, Data(try edit(String(decoding: try Fixtures.data(fixture), as: UTF8.self)).utf8))
    }

    @Test func badJSONLinesAreSkippedAndTheRestIsStored() throws {
        var lines = String(decoding: try BulkFiles.kaggle(count: 40), as: UTF8.self).split(separator: "\n").map(String.init)
        lines[9] = #"{"id": "3001.00010", "title": "#                 // line 10: broken json
        lines[19] = #"{"id": "not an id", "title": "A title"}"#       // line 20: no valid id
        lines[29] = #"{"id": "3001.00030", "title": ["not", "text"]}"#  // line 30: wrong type
        let path = try write("dump.jsonl", Data((lines.joined(separator: "\n") + "\n" + #"{"id": "3001.00041", "ti"#).utf8))
        let h = try IngestHarness()
        let report = try h.ingest(.file(path))

        #expect(report.failed.isEmpty)
        #expect(report.papersNew == 37 && report.recordsSkipped == 4)
        #expect(report.exitCode == .dataError)
        #expect(report.summary.hasSuffix(", 0 failed, 4 records skipped"))
        let skips = try #require(report.sources.first?.skips)
        #expect(skips.warnings == ["\(path):10: not valid json (skipped)", "\(path):20: no valid arXiv \"id\" (skipped)",
                                   "\(path):30: \"title\" is not a string (skipped)", "\(path):41: truncated line (skipped)"])
        let run = try #require(try h.store.runs().first?.run)
        #expect(run.status == .ok && run.recordsSeen == 37 && run.recordsSkipped == 4)
        #expect(run.skipReasons == skips.reasons)
    }

    @Test func afterTwentyReasonsTheRestAreCounted() throws {
        let lines = [String(decoding: try BulkFiles.kaggle(count: 1), as: UTF8.self)] + (1...25).map { _ in "{not json" }
        let h = try IngestHarness()
        let report = try h.ingest(.file(try write("bad.jsonl", Data(lines.joined(separator: "\n").utf8))))
        let skips = try #require(report.sources.first?.skips)
        #expect(skips.count == 25 && skips.reasons.count == SkipLog.keptReasons)
        #expect(skips.warnings.last == "and 5 more skipped records")
        #expect(report.papersNew == 1)
        #expect(try h.store.runs().first?.run.skipReasons.count == 20)
    }

    @Test func anRSSItemWithoutAnIDIsSkipped() throws {
        let path = try edited("rss/trimmed/cs.LG-2026-04-27-3items.xml", named: "feed.xml") { text in
            let parts = text.components(separatedBy: "<item>")
            let noID = try NSRegularExpression(pattern: #"\d{4}\.\d{4,5}(v\d+)?"#)
            let second = noID.stringByReplacingMatches(in: parts[2], range: NSRange(parts[2].startIndex..., in: parts[2]), withTemplate: "")
            return ([parts[0], parts[1], second] + parts[3...]).joined(separator: "<item>")
        }
        let h = try IngestHarness()
        let report = try h.ingest(.file(path))
        #expect(report.failed.isEmpty && report.papersNew == 2 && report.announcementsNew == 2)
        #expect(report.exitCode == .dataError)
        #expect(report.sources.first?.skips.warnings == ["\(path):32: item without an arXiv id (skipped)"])
    }

    @Test func anAtomEntryWithABrokenDateIsSkipped() throws {
        let path = try edited("atom/api-2026/brevio-cs.LG-OR-cs.AI-2026-04-30.xml", named: "api.xml") { text in
            guard let range = text.range(of: #"<published>[^<]*</published>"#, options: .regularExpression) else { return text }
            return text.replacingCharacters(in: range, with: "<published>the 30th of April</published>")
        }
        let h = try IngestHarness()
        let report = try h.ingest(.file(path))
        #expect(report.failed.isEmpty && report.papersNew == 19 && report.recordsSkipped == 1)
        let warning = try #require(report.sources.first?.skips.warnings.first)
        #expect(warning.hasPrefix("\(path):") && warning.hasSuffix(": published 'the 30th of April' is not a date (skipped)"))
    }

    @Test func theItemsPubDateWinsOverTheChannels() throws {
        let path = try edited("rss/trimmed/cs.LG-2026-04-27-3items.xml", named: "dated.xml") { text in
            var lines = text.components(separatedBy: "\n")
            lines[26] = "      <pubDate>Tue, 28 Apr 2026 00:00:00 -0400</pubDate>"   // the first item's own date
            return lines.joined(separator: "\n")
        }
        var days: [String] = []
        _ = try FeedParser.parse(file: path) { days.append($0.announced?.description ?? "none") }
        #expect(days == ["2026-04-28", "2026-04-27", "2026-04-27"])
    }

    @Test func aFeedWithoutAnyDateStoresNoAnnouncementsAndSaysSo() throws {
        let path = try edited("rss/trimmed/cs.LG-2026-04-27-3items.xml", named: "undated.xml") { text in
            text.replacingOccurrences(of: #"\s*<pubDate>[^<]*</pubDate>"#, with: "", options: .regularExpression)
        }
        let h = try IngestHarness()
        var notes: [String] = []
        h.ingestor.onEvent = { if case let .note(_, text) = $0 { notes.append(text) } }
        let report = try h.ingest(.file(path))
        #expect(report.papersNew == 3 && report.announcementsNew == 0)
        #expect(notes == ["3 of 3 records have no date; search finds them, date-ranged reports and queries do not"])
    }

    @Test func dailyCrawlLinesHaveNoDateAndAreSaidOnceToHaveNone() throws {
        let h = try IngestHarness()
        var notes: [String] = []
        h.ingestor.onEvent = { if case let .note(_, text) = $0 { notes.append(text) } }
        let report = try h.ingest(.file(try Fixtures.path("jsonl/daily-crawl/2025-03-18.jsonl")))
        #expect(report.failed.isEmpty && report.recordsSeen == 465)
        #expect(notes.count == 1 && notes.first?.hasPrefix("465 of 465 records have no date") == true)
    }
}
