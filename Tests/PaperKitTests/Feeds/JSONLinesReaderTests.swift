import Foundation
import Testing
import TestSupport
@testable import PaperKit

struct JSONLinesReaderTests {
    @Test func kaggleSnapshotFields() throws {
        let (info, found) = try records("jsonl/kaggle-arxiv-metadata-oai-snapshot-head.jsonl")
        #expect(info.format == .jsonLines && found.count == 200)
        let r = found[0]
        #expect(r.id.rawValue == "0704.0001" && r.version == 2)
        #expect(r.title == "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies")
        #expect(r.authors.map(\.name) == ["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan"])
        #expect(r.categories == ["hep-ph"] && r.primaryCategory == "hep-ph")
        #expect(r.published?.description == "2007-04-02" && r.updated?.description == "2007-07-24")
        #expect(r.doi == "10.1103/PhysRevD.76.013009" && r.journalRef == "Phys.Rev.D76:013009,2007")
        #expect(r.license == nil)
        #expect(found[1].categories == ["math.CO", "cs.CG"])
        #expect(found[1].license == "http://arxiv.org/licenses/nonexclusive-distrib/1.0/")
        #expect(found.allSatisfy { !$0.authors.isEmpty && !$0.abstract.hasPrefix(" ") })
    }

    /// A daily crawl yields one record per non-blank line, each with a title and its primary first.
    static func checkCrawl(_ file: String, in folder: FixtureFolder) throws {
        let text = try String(contentsOf: folder.url(file), encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.count
        let (info, found) = try records(file, in: folder)
        #expect(info.recordCount == lines && found.count == lines)
        #expect(found.allSatisfy { !$0.title.isEmpty && $0.primaryCategory == $0.categories.first })
    }

    /// A feed-mirror day yields its `papers`, all filed under cs.CV on the file's date.
    static func checkMirrorDay(_ file: String, in folder: FixtureFolder) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: folder.data(file)) as? [String: Any])
        let (info, found) = try records(file, in: folder)
        #expect(info.format == .jsonFeedDay)
        #expect(found.count == (object["papers"] as? [Any])?.count)
        #expect(info.day?.description == object["date"] as? String)
        if object["status"] as? String == "empty_feed" { #expect(found.isEmpty) }
        #expect(found.allSatisfy { $0.announceType != nil && $0.announced == info.day })
        // The mirror holds cs.CV's announcements: every paper is filed under cs.CV, cross-lists included.
        if !found.isEmpty {
            #expect(info.feedName == "cs.CV")
            #expect(found.allSatisfy { $0.feed == "cs.CV" })
            #expect(found.contains { $0.announceType == .cross && $0.primaryCategory != "cs.CV" })
        }
    }

    @Test(arguments: Fixtures.files(under: "jsonl/daily-crawl"))
    func dailyCrawlCountsLines(file: String) throws { try Self.checkCrawl(file, in: Fixtures.arxiv) }

    @Test(arguments: Fixtures.files(under: "jsonl/feed-mirror-json"))
    func feedMirrorDays(file: String) throws { try Self.checkMirrorDay(file, in: Fixtures.arxiv) }

    @Test func feedNameIsTheOneCategoryEveryPaperShares() {
        let new = PaperRecord(id: ArxivID("2604.00001")!, title: "A", abstract: "B", categories: ["cs.CV", "cs.AI"],
                              primaryCategory: "cs.CV", announceType: .new)
        let other = PaperRecord(id: ArxivID("2604.00002")!, title: "A", abstract: "B", categories: ["cs.LG"],
                                primaryCategory: "cs.LG", announceType: .cross)
        #expect(JSONFeedDayParser.feedName(of: [new, other]) == nil)
        #expect(JSONFeedDayParser.feedName(of: [new]) == nil, "two shared categories name no feed")
        #expect(JSONFeedDayParser.feedName(of: [new, PaperRecord(id: ArxivID("2604.00003")!, title: "A", abstract: "B",
                                                                 categories: ["cs.CV"], primaryCategory: "cs.CV")]) == "cs.CV")
    }

    @Test func badLineThrowsWithItsNumber() {
        let text = #"{"id":"0704.0001","title":"A","abstract":"B"}"# + "\n\n" + #"{"id": "0704.0002", "title": "# + "\n"
        do {
            var seen = 0
            try FeedParser.parse(data: Data(text.utf8), source: "dump.jsonl") { _ in seen += 1 }
            Issue.record("accepted a broken line")
        } catch let error as FeedError {
            #expect(error == .badJSONLine(source: "dump.jsonl", line: 3, reason: "not valid json"))
            #expect(error.message.hasPrefix("dump.jsonl:3: bad json line"))
        } catch { Issue.record("\(error)") }
    }

    @Test func badLineInFileThrowsWithItsNumber() throws {
        let path = NSTemporaryDirectory() + "arxiv-bot-\(UUID().uuidString).jsonl"
        try (#"{"id":"0704.0001","title":"A"}"# + "\n" + #"{"id":"not an id","title":"B"}"# + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var seen = 0
        #expect(throws: FeedError.badJSONLine(source: path, line: 2, reason: "no valid arXiv \"id\"")) {
            try FeedParser.parse(file: path) { _ in seen += 1 }
        }
        #expect(seen == 1)
    }
}
