import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// Recommendations and similar papers on three real pages of the 2016 OAI-PMH cs harvest (about
/// 2,500 papers, 94 of primary category cs.LO and 71 of cs.CR).
@Suite(.serialized)
struct RecommenderTests {
    nonisolated(unsafe) static let harness = Result<IngestHarness, Error> {  // read by one test at a time (.serialized)
        let h = try IngestHarness()
        let pages = ["page-001.xml", "page-003.xml", "page-103.xml"]
        _ = try h.ingestor.ingest(pages.map { .file(try Fixtures.path("oai/cs-2016-03-09-arXiv/" + $0)) })
        return h
    }
    var store: PaperStore { get throws { try Self.harness.get().store } }

    var everything: PaperFilter {
        var filter = PaperFilter()
        filter.includeExcluded = true
        return filter
    }

    func papers(primary category: String) throws -> [PaperResult] {
        var out: [PaperResult] = []
        try store.forEachPaper(matching: everything) { if $0.primaryCategory == category { out.append($0) } }
        return out.sorted { $0.arxivID < $1.arxivID }
    }

    /// Ten papers of the category, chosen by a fixed seed.
    func positives(_ category: String, seed: UInt64 = 7) throws -> [String] {
        var pool = try papers(primary: category).map(\.arxivID)
        var random = SeededRandom(seed: seed)
        pool.shuffle(using: &random)
        return Array(pool.prefix(10))
    }

    @Test(arguments: ["cs.LO", "cs.CR"])
    func papersOfThePositivesCategoryComeFirst(category: String) throws {
        let ids = try positives(category)
        let result = try Recommender(store: try store).recommend(positives: .arxivIDs(ids), filter: everything, limit: 20)
        #expect(result.method == .model && result.positiveCount == 10)
        #expect(result.recommendations.count == 20)
        let total = try store.counts().papers
        #expect(result.candidateCount == total - 10)
        let hits = result.recommendations.filter { $0.paper.categories.contains(category) }.count
        // At random about 4% of these papers are cs.LO and 3% cs.CR.
        #expect(hits >= 12, "\(category): \(hits) of 20")
        #expect(!result.recommendations.contains { ids.contains($0.paper.arxivID) })
        let scores = result.recommendations.map(\.score)
        #expect(scores == scores.sorted(by: >))
    }

    @Test func reasonsNameTermsOfThePaper() throws {
        let result = try Recommender(store: try store).recommend(positives: .arxivIDs(try positives("cs.LO")), filter: everything, limit: 10)
        for r in result.recommendations {
            #expect(!r.reasons.isEmpty && r.reasons.count <= 3)
            let text = TokenizedText(r.paper.title + " " + r.paper.abstract + " " + r.paper.authors.joined(separator: " "))
            let words = Set(text.tokens.map(text.text))
            for reason in r.reasons {
                #expect(reason.contribution > 0)
                if reason.term.hasPrefix("category:") {
                    #expect(r.paper.categories.map { "category:" + $0.lowercased() }.contains(reason.term))
                } else {
                    for word in reason.term.split(separator: " ") { #expect(words.contains(String(word)), "\(reason.term) in \(r.paper.arxivID)") }
                }
            }
            #expect(r.reasons.map(\.contribution) == r.reasons.map(\.contribution).sorted(by: >))
        }
    }

    @Test func onlyTheRangesPapersAreScored() throws {
        var range = everything
        range.since = Day(iso: "2008-01-01")
        range.until = Day(iso: "2008-12-31")
        var inRange = 0
        try store.forEachPaper(matching: range) { _ in inRange += 1 }
        let ids = try positives("cs.LO")
        let outside = try store.papers(arxivIDs: ids).filter { !($0.date.map { $0 >= range.since! && $0 <= range.until! } ?? false) }.count
        let result = try Recommender(store: try store).recommend(positives: .arxivIDs(ids), filter: range, limit: 30)
        #expect(inRange > 30)
        #expect(result.candidateCount == inRange - (ids.count - outside))
        for r in result.recommendations {
            let date = try #require(r.paper.date)
            #expect(date >= range.since! && date <= range.until!, "\(r.paper.arxivID) \(date)")
        }
    }

    @Test func rowIDsAndArxivIDsGiveTheSameList() throws {
        let ids = try positives("cs.CR", seed: 3)
        let recommender = Recommender(store: try store)
        let byArxiv = try recommender.recommend(positives: .arxivIDs(ids), filter: everything, limit: 10)
        let byRow = try recommender.recommend(positives: .rowIDs(try store.rowIDs(arxivIDs: ids)), filter: everything, limit: 10)
        #expect(byArxiv == byRow)
    }

    @Test func fewerThanThreePositivesFallBackToSimilarPapers() throws {
        let ids = Array(try positives("cs.LO").prefix(2))
        let result = try Recommender(store: try store).recommend(positives: .arxivIDs(ids), filter: everything, limit: 10)
        #expect(result.method == .similar)
        #expect(result.note.contains("similar"))
        #expect(result.recommendations.count == 10)
        #expect(!result.recommendations.contains { ids.contains($0.paper.arxivID) })
    }

    @Test func unknownPositivesAreAnError() throws {
        #expect(throws: RecommendError.self) {
            try Recommender(store: try store).recommend(positives: .arxivIDs(["1999.99999"]), filter: everything)
        }
    }
}
