import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// Every fixture document parses with the record count found by counting its raw text. These run
/// over the curated files of `Tests/Fixtures`; `FullCorpusTests` runs the same checks over the
/// whole corpus when `ARXIV_FIXTURES` is set.
struct FeedFileTests {
    static let brokenFiles: [String] = [
        "rss/atom-variant/cs.AI-2025-08-20.atom.xml",
        "atom/api-2026/yanhua-rsi_arxiv_raw-2026-05-16-56f3c5b.xml",
    ]

    /// The well-formed XML documents below the format folders of `folder`.
    static func xmlFiles(in folder: FixtureFolder?) -> [String] {
        ["rss", "atom/api-2026", "atom/api-legacy", "oai"].flatMap { folder?.files(under: $0) ?? [] }
            .filter { !brokenFiles.contains($0) }
    }

    /// Expected count straight from the bytes: `<item>`, `<entry>` or `<record>` minus deleted headers.
    static func expectedCount(_ text: String) -> Int {
        func count(_ needle: String) -> Int { text.components(separatedBy: needle).count - 1 }
        if text.contains("<OAI-PMH") { return count("<record>") - count("status=\"deleted\"") }
        if text.contains("<rss") { return count("<item>") }
        return count("<entry>")
    }

    /// Parses `file` of `folder` and checks its count against the raw text.
    static func checkCount(of file: String, in folder: FixtureFolder) throws {
        let text = try String(contentsOf: folder.url(file), encoding: .utf8)
        var ids = 0
        let info = try FeedParser.parse(file: folder.path(file)) { record in
            ids += 1
            #expect(!record.title.isEmpty, "empty title in \(file)")
            #expect(!record.categories.isEmpty || record.primaryCategory == nil)
        }
        #expect(info.recordCount == expectedCount(text), "\(file)")
        #expect(ids == info.recordCount)
    }

    /// A recorded HTTP exchange's body parses as the API response it is (or the API error it is).
    static func checkCassette(_ file: String, in folder: FixtureFolder) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: folder.data(file)) as? [String: Any])
        let body = try #require(object["body"] as? String)
        let parse = { try FeedParser.parse(data: Data(body.utf8), source: file) { _ in } }
        if file.contains("id_abc") {
            #expect(throws: FeedError.self) { try parse() }
            do { _ = try parse() } catch let error as FeedError {
                guard case let .apiError(_, message) = error else { Issue.record("wrong error \(error)"); return }
                #expect(message.contains("incorrect id format for abc"))
                #expect(error.exitCode == .dataError)
            }
        } else {
            let info = try parse()
            #expect(info.format == .atomAPI)
            #expect(info.recordCount == expectedCount(body))
            if file.contains("id_0000.0000") { #expect(info.recordCount == 0); #expect(info.totalResults == 0) }
        }
    }

    @Test func curatedSetCoversEveryFormat() {
        let files = Self.xmlFiles(in: Fixtures.arxiv)
        #expect(files.count >= 30)
        for folder in ["rss/", "rss/atom-variant/", "rss/filtered/", "rss/trimmed/", "atom/api-2026/", "atom/api-legacy/", "oai/"] {
            #expect(files.contains { $0.hasPrefix(folder) }, "no well-formed file in \(folder)")
        }
        #expect(Fixtures.files(under: "atom/recorded-http-2026").count == 6)
    }

    @Test(arguments: xmlFiles(in: Fixtures.arxiv))
    func parsesWithExpectedCount(file: String) throws { try Self.checkCount(of: file, in: Fixtures.arxiv) }

    @Test(arguments: brokenFiles)
    func brokenFilesThrowWithLine(file: String) throws {
        var yielded = 0
        do {
            try FeedParser.parse(file: Fixtures.path(file)) { _ in yielded += 1 }
            Issue.record("\(file) parsed without error")
        } catch let error as FeedError {
            guard case let .malformed(source, line, _, _) = error else {
                Issue.record("wrong error \(error)"); return
            }
            #expect(source.hasSuffix(file))
            #expect(line > 1)
            #expect(error.exitCode == .dataError)
            #expect(error.message.contains("\(file):\(line)"))
        }
        #expect(yielded > 0, "records before the fault were streamed")
    }

    @Test func pagedOAIHarvestReportsTokens() throws {
        let first = try FeedParser.parse(file: Fixtures.path("oai/cs-2016-03-09-arXiv/page-001.xml")) { _ in }
        #expect(first.resumptionToken == "1122234|1001")
        #expect(first.cursor == 0)
        #expect(first.completeListSize == 102538)
        #expect(first.recordCount == 1000)
        #expect(first.buildDate == "2016-03-09T00:35:38Z")
        let third = try FeedParser.parse(file: Fixtures.path("oai/cs-2016-03-09-arXiv/page-003.xml")) { _ in }
        #expect(third.resumptionToken == "1122234|3001" && third.cursor == 2000)
        let last = try FeedParser.parse(file: Fixtures.path("oai/cs-2016-03-09-arXiv/page-103.xml")) { _ in }
        #expect(last.resumptionToken == "")
        #expect(last.cursor == 102000)
        #expect(last.recordCount == 538)
        let single = try FeedParser.parse(file: Fixtures.path("oai/hepcrawl-GetRecord-sample01.xml")) { _ in }
        #expect(single.resumptionToken == nil)
    }

    @Test(arguments: Fixtures.files(under: "atom/recorded-http-2026"))
    func recordedHTTPBodies(file: String) throws { try Self.checkCassette(file, in: Fixtures.arxiv) }
}
