import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// A relevance search with no filter but the excluded flag ranks over the full-text index alone
/// (snippets in the same pass); with any other filter it joins `papers` first. Both paths must
/// give the same pages.
struct RankedSearchTests {
    /// cs.AI 2026-07-27 (hundreds of papers), with every third paper marked excluded.
    static func store() throws -> IngestHarness {
        let harness = try IngestHarness()
        _ = try harness.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")))
        try harness.store.database.execute("UPDATE papers SET excluded = 1 WHERE id % 3 = 0")
        return harness
    }

    func search(_ store: PaperStore, _ text: String, _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> [PaperResult] {
        var request = SearchRequest(text: text)
        request.limit = 1_000
        configure(&request)
        return try store.search(request)
    }

    @Test(arguments: ["language models", "agent", "\"reinforcement learning\"", "reason* OR plan*"])
    func theIndexOnlyPathMatchesTheJoinedPath(text: String) throws {
        let harness = try Self.store()
        let store = harness.store
        let fast = try search(store, text)
        // A minimum score below every score narrows nothing but forces the joined path.
        let joined = try search(store, text) { $0.filter.minScore = -1 }
        #expect(fast.count > 10, "the query should match many papers")
        #expect(fast.map(\.arxivID) == joined.map(\.arxivID))
        #expect(fast.map(\.snippet) == joined.map(\.snippet))
        #expect(fast.allSatisfy { !$0.excluded })
        // Both paths build snippets from the instances the rank kept: they are FTS5's snippet()'s.
        let expression = try #require(SearchQuery(text).matchExpression)
        let builtIn = try store.database.prepare("""
            SELECT snippet(papers_fts, 1, char(2), char(3), '…', 16) FROM papers_fts
            JOIN papers p ON p.id = papers_fts.rowid WHERE papers_fts MATCH ? AND p.arxiv_id = ?
            """)
        for paper in fast {
            #expect(paper.snippet == (try builtIn.first([.text(expression), .text(paper.arxivID)]) { $0.optionalText(0) }))
        }

        let excludedMatches = try harness.count("SELECT count(*) FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid "
            + "WHERE papers_fts MATCH '\(SearchQuery(text).matchExpression!.replacingOccurrences(of: "'", with: "''"))' AND p.excluded = 1")
        #expect(excludedMatches > 0)
        let everything = try search(store, text) { $0.filter.includeExcluded = true }
        #expect(everything.count == fast.count + excludedMatches)
    }

    @Test func anOffsetPastTheMatchesGivesAnEmptyPage() throws {
        let store = try Self.store().store
        let all = try search(store, "model")
        for offset in [all.count, all.count + 1, Int.max] {
            #expect(try search(store, "model") { $0.offset = offset }.isEmpty)
            #expect(try search(store, "model") { $0.offset = offset; $0.filter.minScore = -1 }.isEmpty)
        }
        #expect(try search(store, "model") { $0.offset = all.count - 1 }.map(\.arxivID) == [all.last!.arxivID])
        #expect(try search(store, "model") { $0.limit = 0 }.isEmpty)
    }

    @Test func pagesTileTheRankingWithoutGapsOrRepeats() throws {
        let store = try Self.store().store
        let all = try search(store, "model")
        #expect(all.count > 30)
        var paged: [String] = []
        for offset in stride(from: 0, to: all.count, by: 7) {
            let page = try search(store, "model") { $0.limit = 7; $0.offset = offset }
            for paper in page {
                let snippet = try #require(paper.snippet)
                // From the abstract, highlighted wherever the abstract itself matched.
                #expect(paper.abstract.contains(PaperResult.withoutHighlights(snippet).trimmingCharacters(in: ["…"]).prefix(30)))
                if paper.abstract.lowercased().contains(" model") { #expect(snippet.contains(PaperResult.highlightStart)) }
            }
            paged += page.map(\.arxivID)
        }
        #expect(paged == all.map(\.arxivID))
    }

    @Test func rawSyntaxErrorsStillNameTheQuery() throws {
        let store = try Self.store().store
        #expect(throws: SearchError.self) { try search(store, "model AND (") { $0.raw = true } }
    }
}
