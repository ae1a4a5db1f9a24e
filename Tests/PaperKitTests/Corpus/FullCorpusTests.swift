import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// The checks of the feed tests over every file of the whole corpus, plus the records that only
/// the files left out of `Tests/Fixtures` hold. Skipped, with a note, unless `ARXIV_FIXTURES` is set.
@Suite(.corpus)
struct FullCorpusTests {
    @Test func corpusIsComplete() throws {
        let corpus = try Corpus.required()
        let sources = corpus.root.appendingPathComponent("SOURCES.md").path
        #expect(FileManager.default.fileExists(atPath: sources), "\(Corpus.variable) names no corpus: \(sources) is missing")
        #expect(FeedFileTests.xmlFiles(in: corpus).count >= 40)
        #expect(corpus.files(under: "rss").count >= 16)
        #expect(corpus.files(under: "oai/cs-2016-03-09-arXiv").count >= 11)
        #expect(corpus.files(under: "jsonl/daily-crawl").count >= 46)
    }

    @Test func curatedFilesAreByteForByteCopies() throws {
        let corpus = try Corpus.required()
        let curated = Fixtures.files(under: "")
        #expect(curated.count >= 40)
        for file in curated {
            #expect(try Fixtures.data(file) == corpus.data(file), "Tests/Fixtures/arxiv/\(file) differs from the corpus")
        }
    }

    @Test(arguments: FeedFileTests.xmlFiles(in: Corpus.folder))
    func parsesWithExpectedCount(file: String) throws { try FeedFileTests.checkCount(of: file, in: Corpus.required()) }

    @Test(arguments: Corpus.files(under: "atom/recorded-http-2026"))
    func recordedHTTPBodies(file: String) throws { try FeedFileTests.checkCassette(file, in: Corpus.required()) }

    @Test(arguments: Corpus.files(under: "jsonl/daily-crawl"))
    func dailyCrawlCountsLines(file: String) throws { try JSONLinesReaderTests.checkCrawl(file, in: Corpus.required()) }

    @Test(arguments: Corpus.files(under: "jsonl/feed-mirror-json"))
    func feedMirrorDays(file: String) throws { try JSONLinesReaderTests.checkMirrorDay(file, in: Corpus.required()) }

    @Test func suffixJoinsTheNameOnPage4() throws {
        let r = try #require(try record("0804.0813", in: "oai/cs-2016-03-09-arXiv/page-004.xml", of: Corpus.required()))
        #expect(r.authors.map(\.name).prefix(4) == ["Kaibin Huang", "Jeffrey G. Andrews", "Robert W. Heath Jr", "Dongning Guo"])
    }

    @Test(arguments: [("0810.3125", "page-006.xml", "Łukasz Dębowski"), ("0804.0066", "page-004.xml", "Harald Søndergaard")])
    func texCommandGluedToAName(id: String, page: String, name: String) throws {
        let r = try #require(try record(id, in: "oai/cs-2016-03-09-arXiv/" + page, of: Corpus.required()))
        #expect(r.authors.contains { $0.name == name })
    }

    @Test func texLineBreakBeforeAName() throws {
        let r = try #require(try record("2506.05195", in: "jsonl/daily-crawl/2025-06-07.jsonl", of: Corpus.required()))
        #expect(r.authors.count == 7)
        #expect(r.authors[5].name == "Ajinkya Umesh Mulik")
    }
}
