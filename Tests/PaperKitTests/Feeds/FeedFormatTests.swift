import Foundation
import Testing
import TestSupport
@testable import PaperKit

struct FeedFormatTests {
    /// Fixtures copied under misleading names: detection reads content only.
    @Test(arguments: [
        ("rss/cs.AI-2026-07-27.xml", "feed.json", FeedFormat.rss),
        ("rss/trimmed/cs.AI-2026-04-27-3items.xml", "x.atom", .rss),
        ("rss/atom-variant/cs.AI-2025-08-20-7entries.atom.xml", "daily.rss", .atomDaily),
        ("atom/api-legacy/di-proposal-all-Einstein-2018-02-05.xml", "oai.xml", .atomAPI),
        ("atom/api-2026/yanhua-llm-2026-03-24-80f58ea.xml", "page.html", .atomAPI),
        ("oai/arXivRaw-GetRecord-2016-10-21.xml", "cs.AI.rss", .oaiPMH),
        ("jsonl/kaggle-arxiv-metadata-oai-snapshot-head.jsonl", "dump.xml", .jsonLines),
        ("jsonl/daily-crawl/2025-11-15.jsonl", "crawl.txt", .jsonLines),
        ("jsonl/feed-mirror-json/cs.CV-2026-04-17.json", "day.jsonl", .jsonFeedDay),
    ])
    func detectsByContent(fixture: String, misleadingName: String, format: FeedFormat) throws {
        let dir = NSTemporaryDirectory() + "arxiv-bot-detect-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/" + misleadingName
        try FileManager.default.copyItem(atPath: Fixtures.path(fixture), toPath: path)
        #expect(try FeedParser.detectFormat(file: path) == format)
        var count = 0
        let info = try FeedParser.parse(file: path) { _ in count += 1 }
        #expect(info.format == format && info.recordCount == count && count > 0)
    }

    /// The 7-entry daily fixture with a repository URL appended to its first abstract.
    @Test func dailyAtomWhoseAbstractMentionsOpenSearch() throws {
        let raw = try String(contentsOf: Fixtures.url("rss/atom-variant/cs.AI-2025-08-20-7entries.atom.xml"), encoding: .utf8)
        let end = "improving cultural alignment in AI models.</summary>"
        #expect(raw.contains(end) && !raw.contains("opensearch"))
        let edited = raw.replacingOccurrences(
            of: end, with: "improving cultural alignment in AI models. Code is available at https://github.com/opensearch-project/neural-search.</summary>")
        var count = 0
        let info = try FeedParser.parse(data: Data(edited.utf8), source: "daily") { _ in count += 1 }
        #expect(info.format == .atomDaily && info.feedName == "cs.AI" && count == 7)
    }

    /// The feed mirror's day files (pretty-printed in the fixtures) written compactly on one line.
    @Test(arguments: ["jsonl/feed-mirror-json/cs.CV-2026-04-18.json", "jsonl/feed-mirror-json/cs.CV-2026-04-17.json"])
    func compactDayFileIsNoJSONLines(fixture: String) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Fixtures.data(fixture)) as? [String: Any])
        let compact = try JSONSerialization.data(withJSONObject: object)
        #expect(!compact.contains(UInt8(ascii: "\n")))
        var count = 0
        let info = try FeedParser.parse(data: compact, source: "day") { _ in count += 1 }
        #expect(info.format == .jsonFeedDay)
        #expect(count == (object["papers"] as? [Any])?.count)
        #expect(info.day?.description == object["date"] as? String)
    }

    @Test(arguments: [
        "<!DOCTYPE html>\n<html><head><title>arXiv</title></head><body>Not Found</body></html>",
        "\u{FEFF}  \n<html lang=\"en\"><body>503</body></html>",
        "<?xml version=\"1.0\"?>\n<!-- proxy --><HTML><body>error</body></HTML>",
    ])
    func htmlPagesAreNamed(page: String) {
        #expect(throws: FeedError.htmlPage(source: "https://rss.arxiv.org/rss/cs.XX")) {
            try FeedParser.parse(data: Data(page.utf8), source: "https://rss.arxiv.org/rss/cs.XX") { _ in }
        }
        let message = FeedError.htmlPage(source: "u").message
        #expect(message == "u is an HTML page, not a feed; check the URL")
    }

    @Test(arguments: ["", "   \n", "hello world", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "%PDF-1.5"])
    func unknownContent(text: String) {
        do {
            try FeedParser.parse(data: Data(text.utf8), source: "odd") { _ in }
            Issue.record("accepted \(text)")
        } catch let error as FeedError {
            guard case .unknownFormat(let source, _) = error else { Issue.record("\(error)"); return }
            #expect(source == "odd")
            #expect(error.exitCode == .dataError)
            #expect(error.message.contains("unknown format"))
        } catch { Issue.record("\(error)") }
    }

    @Test func compressedFilesNameTheCommandThatOpensThem() throws {
        let gzipped = NSTemporaryDirectory() + "arxiv-bot-\(UUID().uuidString).xml.gz"
        defer { try? FileManager.default.removeItem(atPath: gzipped) }
        try Gzip.encode(Fixtures.data("rss/trimmed/cs.LG-2026-04-27-3items.xml")).write(to: URL(fileURLWithPath: gzipped))
        #expect(throws: FeedError.compressed(source: gzipped, kind: "gzip", command: "gunzip -k '\(gzipped)'")) {
            try FeedParser.parse(file: gzipped) { _ in }
        }
        let zip = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) + Data("arxiv-metadata-oai-snapshot.json".utf8)
        do {
            try FeedParser.parse(data: zip, source: "arxiv.zip") { _ in }
            Issue.record("accepted a zip archive")
        } catch let error as FeedError {
            #expect(error.message == "arxiv.zip is zip-compressed; decompress it first (unzip 'arxiv.zip') and ingest the result")
            #expect(error.exitCode == .dataError)
        }
    }

    @Test func bomAndLeadingWhitespaceAreSkipped() throws {
        let raw = try String(contentsOf: Fixtures.url("rss/trimmed/cs.LG-2026-04-27-3items.xml"), encoding: .utf8)
        let info = try FeedParser.parse(data: Data(("\u{FEFF}\n  " + raw).utf8), source: "bom") { _ in }
        #expect(info.format == .rss && info.recordCount == 3 && info.feedName == "cs.LG")
    }

    @Test func missingFileIsExit66() {
        do {
            try FeedParser.parse(file: "/nonexistent/arxiv/feed.xml") { _ in }
            Issue.record("no error")
        } catch let error as FeedError {
            #expect(error.exitCode == .noInput)
            #expect(error.message.hasPrefix("cannot read /nonexistent/arxiv/feed.xml"))
        } catch { Issue.record("\(error)") }
    }
}
