import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// Newest-first and best-first searches answered by walking the date or score index give the
/// page that sorting every match gives, for common and rare words, with offsets, dates and
/// minimum scores; the store walks only when the matches are common enough.
struct IndexWalkTests {
    let harness: IngestHarness

    init() throws { harness = try IngestHarness.mixedCorpus(excludedEvery: 7) }

    func page(_ plan: PaperStore.SortedPlan, _ sort: PaperSort, _ text: String, _ configure: (inout SearchRequest) -> Void) throws -> [PaperResult] {
        let store = try PaperStore(path: harness.temp.path)
        store.sortedPlan = plan
        var request = SearchRequest(text: text)
        request.sort = sort
        configure(&request)
        return try store.search(request)
    }

    @Test func bothPlansGiveTheSamePage() throws {
        var compared = 0
        for text in ["the", "model", "quantum", "learning OR network", "\"neural network\"", "graph*", "agents -benchmark", "zebrafish"] {
            for (variant, sort) in (0..<4).flatMap({ v in [PaperSort.date, .score].map { (v, $0) } }) {
                let configure: (inout SearchRequest) -> Void = { request in
                    request.limit = [20, 5, 50, 7][variant]
                    request.offset = [0, 3, 10, 0][variant]
                    if variant == 2 { request.filter.since = Day(iso: "2016-01-01"); request.filter.until = Day(iso: "2025-12-31") }
                    if variant == 3 { request.filter.minScore = 1; request.filter.includeExcluded = true }
                }
                let walked = try page(.walkIndex, sort, text, configure)
                let sorted = try page(.sortMatches, sort, text, configure)
                #expect(walked.map(\.arxivID) == sorted.map(\.arxivID), "\(text) variant \(variant) by \(sort)")
                #expect(walked.map(\.snippet) == sorted.map(\.snippet))
                if !walked.isEmpty { compared += 1 }
            }
        }
        #expect(compared > 40)
    }

    @Test func theStoreWalksOnlyForCommonWords() throws {
        let store = harness.store
        let papers = try harness.count("SELECT max(rowid) FROM papers")
        let common = try harness.count("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH 'the'")
        #expect(common * common >= 4 * 20 * papers, "'the' is common enough here")
        #expect(try store.walkedIndex(.date, match: "the", filter: PaperFilter(), limit: 20, offset: 0) == "papers_date")
        #expect(try store.walkedIndex(.score, match: "the", filter: PaperFilter(), limit: 20, offset: 0) == "papers_score")
        #expect(try store.walkedIndex(.date, match: "zebrafish", filter: PaperFilter(), limit: 20, offset: 0) == nil)
        var categories = PaperFilter()
        categories.categories = ["cs.AI"]
        #expect(try store.walkedIndex(.score, match: "the", filter: categories, limit: 20, offset: 0) == nil, "other filters sort")
        #expect(try store.walkedIndex(.date, match: "the", filter: PaperFilter(), limit: 20, offset: .max) == nil)
    }
}
