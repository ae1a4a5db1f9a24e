import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// "More like this" on real cs harvest pages, with a planted near-duplicate of one paper.
@Suite(.serialized)
struct SimilarPapersTests {
    static let original = "0704.0046"
    static let copy = "2601.00001"

    nonisolated(unsafe) static let harness = Result<IngestHarness, Error> {  // read by one test at a time (.serialized)
        let h = try IngestHarness()
        _ = try h.ingest(.file(try Fixtures.path("oai/cs-2016-03-09-arXiv/page-001.xml")),
                         .file(try Fixtures.path("oai/cs-2016-03-09-arXiv/page-003.xml")))
        // The same paper resubmitted under another ID, its title reworded.
        let paper = try #require(try h.store.papers(arxivIDs: [original]).first)
        try h.store.write(record(copy, title: "On a " + paper.title.lowercased(), abstract: paper.abstract,
                                 authors: paper.authors, categories: paper.categories), score: noScore, now: "2026-01-02T00:00:00Z")
        return h
    }
    var store: PaperStore { get throws { try Self.harness.get().store } }

    @Test func theNearDuplicateComesFirstAndThePaperNever() throws {
        let results = try store.similar(to: Self.original, limit: 10)
        #expect(results.first?.paper.arxivID == Self.copy)
        #expect(!results.contains { $0.paper.arxivID == Self.original })
        #expect(results.count == 10)
        let scores = results.map(\.score)
        #expect(scores == scores.sorted(by: >))
    }

    @Test func relatedPapersShareTheCategory() throws {
        // 0704.0046 is quantum information theory (quant-ph cs.IT math.IT).
        let results = try store.similar(to: Self.original, limit: 10)
        let related = results.filter { !Set($0.paper.categories).isDisjoint(with: ["cs.IT", "quant-ph", "math.IT"]) }
        #expect(related.count >= 8, "\(results.map(\.paper.categories))")
    }

    @Test func reasonsAreWordsOfTheResult() throws {
        for r in try store.similar(to: Self.original, limit: 10) {
            #expect(!r.reasons.isEmpty)
            let text = TokenizedText(r.paper.title + " " + r.paper.abstract)
            let words = Set(text.tokens.map(text.text))
            for reason in r.reasons { #expect(words.contains(reason.term), "\(reason.term) in \(r.paper.arxivID)") }
        }
    }

    @Test func sinceLimitsTheDates() throws {
        let results = try store.similar(to: Self.original, limit: 10, since: Day(iso: "2026-01-01"))
        #expect(results.map(\.paper.arxivID) == [Self.copy])
    }

    @Test func anUnknownPaperIsAnError() throws {
        #expect(throws: SimilarError.self) { try store.similar(to: "1999.99999") }
    }

    @Test func nothingOfThePaperReachesMatchAsSyntax() throws {
        let paper = try #require(try store.papers(arxivIDs: [Self.original]).first)
        let query = try SimilarityQuery(paper: paper, store: store)
        let text = try #require(query.searchText)
        #expect(query.terms.count <= SimilarityQuery.termCount && query.terms.count > 5)
        #expect(SearchQuery(text).terms.allSatisfy { $0.text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } })
        #expect(text.components(separatedBy: " OR ").count == query.terms.count)
    }
}
