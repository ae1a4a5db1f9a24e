import Testing
import TestSupport
@testable import PaperKit

/// Search over a store built from real feeds: cs.AI (2026-07-27), quant-ph (2024-12-30) and
/// a trimmed cs.CL feed of 2026-04-27 and a filtered quant-ph feed of 2025-01-20.
@Suite(.serialized)
struct PaperSearchTests {
    /// Built once; a missing fixture fails every test of the suite with its path.
    nonisolated(unsafe) static let harness = Result<IngestHarness, Error> {  // read by one test at a time (.serialized)
        let h = try IngestHarness()
        _ = try h.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")), .file(Fixtures.path("rss/quant-ph-2024-12-30.xml")),
                         .file(Fixtures.path("rss/trimmed/cs.CL-2026-04-27-3items.xml")),
                         .file(Fixtures.path("rss/filtered/quant-ph-2025-01-20-qoqi.xml")))
        return h
    }
    var store: PaperStore { get throws { try Self.harness.get().store } }

    func search(_ text: String, _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> [PaperResult] {
        var request = SearchRequest(text: text)
        request.limit = 500
        request.filter.includeExcluded = true
        configure(&request)
        return try store.search(request)
    }

    @Test func wordsAreANDedAndStemmed() throws {
        let both = try search("quantum circuit")
        #expect(!both.isEmpty)
        for paper in both {
            let text = (paper.title + " " + paper.abstract).lowercased()
            #expect(text.contains("quantum") && text.contains("circuit"), "\(paper.arxivID)")
        }
        #expect(try search("decode").count == (try search("decoding").count))
    }

    @Test func aTitleHitOutranksAnAbstractHit() throws {
        let results = try search("agents")
        let firstTitleOnly = try #require(results.firstIndex { !$0.title.lowercased().contains("agent") })
        #expect(results[..<firstTitleOnly].allSatisfy { $0.title.lowercased().contains("agent") })
        #expect(firstTitleOnly > 0)
    }

    @Test func phrasesPrefixesOrAndExclusion() throws {
        let phrase = try search(#""large language models""#)
        func words(_ p: PaperResult) -> String {
            String((p.title + " " + p.abstract).lowercased().map { $0.isLetter ? $0 : " " }).normalizingWhitespace()
        }
        #expect(!phrase.isEmpty && phrase.allSatisfy { words($0).contains("large language model") })
        let prefix = try search("quantu*")
        #expect(prefix.count >= (try search("quantum")).count)
        let either = try search("photonic OR superconducting")
        #expect(either.count >= max(try search("photonic").count, try search("superconducting").count))
        let without = try search("quantum -entanglement")
        #expect(without.count < (try search("quantum")).count)
        #expect(without.allSatisfy { !($0.title + " " + $0.abstract).lowercased().contains("entanglement") })
    }

    @Test func excludedWordsAloneLeaveOutTheirPapers() throws {
        let everything: (inout SearchRequest) -> Void = { $0.limit = 10_000 }
        let all = try search("", everything)
        let quantum = Set(try search("quantum", everything).map(\.arxivID))
        let withoutQuantum = try search("-quantum", everything)
        #expect(!quantum.isEmpty && withoutQuantum.count == all.count - quantum.count)
        #expect(withoutQuantum.allSatisfy { !quantum.contains($0.arxivID) })
        let withoutEither = try search(#"-quantum -"language model""#, everything)
        let either = Set(try search(#"quantum OR "language model""#, everything).map(\.arxivID))
        #expect(all.count < 10_000 && withoutEither.count == all.count - either.count)
    }

    @Test func orBindsToItsNeighboursBeforeAnd() throws {
        let grouped = Set(try search("photonic OR superconducting qubit").map(\.arxivID))
        let expected = Set(try search("photonic qubit").map(\.arxivID)).union(try search("superconducting qubit").map(\.arxivID))
        #expect(!grouped.isEmpty && grouped == expected)
    }

    @Test func fieldPrefixesRestrictTheColumn() throws {
        let titleOnly = try search("title:quantum")
        #expect(!titleOnly.isEmpty && titleOnly.allSatisfy { $0.title.lowercased().contains("quantum") })
        let author = try search("author:Dost")
        #expect(author.allSatisfy { $0.authors.contains { $0.contains("Dost") } })
    }

    @Test(arguments: ["\"", "(", "NEAR", "*", "title:", "", String(repeating: "x(", count: 5_000), "a:b:c", "\"unbalanced", "AND OR NOT", "^x", "-"])
    func hostileInputNeverErrors(text: String) throws {
        _ = try search(text)
    }

    @Test func anExcludedPaperIsStillFoundByItsID() throws {
        let excluded = try #require(try search("", { $0.limit = 10_000 }).first(where: \.excluded))
        let hidden = try search(excluded.arxivID) { $0.filter.includeExcluded = false }
        #expect(hidden.map(\.arxivID) == [excluded.arxivID])
        #expect(try search("", { $0.limit = 10_000; $0.filter.includeExcluded = false }).allSatisfy { !$0.excluded })
    }

    @Test(arguments: ["2607.21981", "2607.21981v1", "arXiv:2607.21981", "https://arxiv.org/abs/2607.21981"])
    func anIDOrURLFindsThePaper(text: String) throws {
        let results = try search(text)
        #expect(results.map(\.arxivID) == ["2607.21981"])
    }

    @Test func aRawSyntaxErrorIsAUsageError() throws {
        let error = try #require(throws: SearchError.self) { try search("a OR") { $0.raw = true } }
        #expect(error.exitCode == .usage)
        #expect(try search("quantum NOT entanglement") { $0.raw = true }.count == (try search("quantum -entanglement")).count)
    }

    @Test func filters() throws {
        let cl = try search("") { $0.filter.categories = ["cs.CL"] }
        #expect(!cl.isEmpty && cl.allSatisfy { $0.categories.contains("cs.CL") })
        let since = try search("") { $0.filter.since = Day(iso: "2026-01-01") }
        #expect(since.count == 223 + 3)
        let until = try search("") { $0.filter.until = Day(iso: "2025-01-01") }
        #expect(until.count == 139)
        let cross = try search("") { $0.filter.types = [.cross] }
        #expect(cross.count == 92 + 21 + 3)
        #expect(cross.allSatisfy { $0.announceType == .cross })
        let scored = try search("") { $0.filter.minScore = 3 }
        #expect(!scored.isEmpty && scored.allSatisfy { $0.score >= 3 })
        let accented = try search("") { $0.filter.author = "rene dost" }
        let plain = try search("") { $0.filter.author = "René Dost" }
        #expect(accented.count == 1 && accented == plain)
        let notExcluded = try search("") { $0.filter.includeExcluded = false }
        #expect(notExcluded.allSatisfy { !$0.excluded } && notExcluded.count < 223 + 139 + 3 + 5)
    }

    @Test func sortingAndPaging() throws {
        let byScore = try search("") { $0.sort = .score }
        #expect(zip(byScore, byScore.dropFirst()).allSatisfy { $0.score >= $1.score })
        let page2 = try search("") { $0.sort = .score; $0.offset = 10; $0.limit = 10 }
        #expect(page2 == Array(byScore[10..<20]))
    }

    @Test func snippetsMarkTheMatchedWords() throws {
        let result = try #require(try search("superconducting").first)
        let snippet = try #require(result.snippet)
        #expect(snippet.contains(PaperResult.highlightStart + "superconducting") || snippet.lowercased().contains(PaperResult.highlightStart + "superconducting"))
    }
}
