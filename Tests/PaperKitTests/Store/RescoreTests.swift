import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// `rescore` commits in batches; an interrupted one continues under the same keywords and ends
/// with the store a single pass makes, and other keywords start it over.
struct RescoreTests {
    struct Crash: Error {}

    static func ingestedStore() throws -> TemporaryStore {
        let temp = try TemporaryStore()
        let feeds = ["rss/quant-ph-2024-12-30.xml", "rss/quant-ph-2025-01-03.xml", "oai/arXivRaw-ListRecords-2016-10-21.xml"]
        let report = try Ingestor(store: temp.store, scorer: Scorer(configuration: Configuration()), http: nil)
            .ingest(feeds.map { .file(try Fixtures.path($0)) })
        #expect(report.failed.isEmpty && report.papersNew > 500)
        return temp
    }

    static let keywords = Scorer(keywords: ["quantum", "state", "entanglement"], excludeKeywords: ["survey"], mode: .word)

    static func scores(_ store: PaperStore) throws -> [String] {
        var rows: [String] = []
        try store.database.prepare("""
            SELECT p.arxiv_id, p.score, p.excluded, p.hit_list,
                   (SELECT group_concat(keyword || ':' || field || ':' || count) FROM keyword_hits WHERE paper_id = p.id)
            FROM papers p ORDER BY p.arxiv_id
            """).forEach { row in rows.append((0..<5).map { row.optionalText($0) ?? "" }.joined(separator: "|")) }
        return rows
    }

    @Test func anInterruptedRescoreContinuesToTheResultOfOnePass() throws {
        let reference = try Self.ingestedStore()
        let whole = try reference.store.rescore(keywords: Self.keywords.fingerprint) { Self.keywords.score(title: $0, abstract: $1) }
        #expect(whole.resumedAfter == 0 && whole.scoreChanged > 100)

        let temp = try Self.ingestedStore()
        var scored = 0
        #expect(throws: Crash.self) {
            try temp.store.rescore(keywords: Self.keywords.fingerprint, batchSize: 100) { title, abstract in
                scored += 1
                if scored == 250 { throw Crash() }
                return Self.keywords.score(title: title, abstract: abstract)
            }
        }
        #expect(try temp.store.rescoreState()?.summary.papers == 200, "two batches committed, the third rolled back")
        let finished = try temp.store.rescore(keywords: Self.keywords.fingerprint, batchSize: 100) {
            Self.keywords.score(title: $0, abstract: $1)
        }
        #expect(finished.resumedAfter == 200)
        #expect(finished.papers == whole.papers && finished.scoreChanged == whole.scoreChanged)
        #expect(try temp.store.rescoreState() == nil)
        #expect(try Self.scores(temp.store) == Self.scores(reference.store))
    }

    @Test func otherKeywordsStartAnInterruptedRescoreOver() throws {
        let temp = try Self.ingestedStore()
        var scored = 0
        #expect(throws: Crash.self) {
            try temp.store.rescore(keywords: "the keywords before the edit", batchSize: 100) { title, abstract in
                scored += 1
                if scored == 150 { throw Crash() }
                return Self.keywords.score(title: title, abstract: abstract)
            }
        }
        #expect(try temp.store.rescoreState()?.summary.papers == 100)
        let summary = try temp.store.rescore(keywords: Self.keywords.fingerprint, batchSize: 100) {
            Self.keywords.score(title: $0, abstract: $1)
        }
        let papers = try temp.store.counts().papers
        #expect(summary.resumedAfter == 0 && summary.papers == papers)
        #expect(try temp.store.rescoreState() == nil)
    }
}
