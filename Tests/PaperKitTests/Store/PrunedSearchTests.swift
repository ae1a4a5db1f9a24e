import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// Relevance searches that skip blocks by their bounds (`SearchBounds`) give the reference
/// engine's pages: the same papers in the same order, scores within 1e-9 and the same snippets,
/// over 1,000 searches from real titles on a store whose blocks are small enough (8 rows) that
/// most searches skip most of them. Rows added and rewritten after the build are found too.
struct PrunedSearchTests {
    /// Real feeds of several kinds, every fifth paper excluded, with bounds over 8-row blocks for
    /// every word in 3 rows or more.
    let harness: IngestHarness

    init() throws {
        harness = try IngestHarness.mixedCorpus(excludedEvery: 5)
        _ = try harness.store.buildSearchBounds(SearchBoundsBuilder(blockSize: 8, minDocuments: 3))
    }

    /// `ranges`: how many blocks are scored range by range before one pass over the rest.
    func stores(ranges: Int = PaperStore.defaultBlockRanges) throws -> (blocks: PaperStore, reference: PaperStore) {
        let blocks = try PaperStore(path: harness.temp.path, fullText: .custom)
        blocks.relevancePlan = .scoreBlocks
        blocks.blockRanges = ranges
        return (blocks, try PaperStore(path: harness.temp.path, fullText: .builtin))
    }

    /// The request of search `index`: pages, offsets and filters vary with it.
    func request(_ text: String, _ index: Int) -> SearchRequest {
        var request = SearchRequest(text: text)
        request.limit = [20, 10, 5, 1][index % 4]
        request.offset = index % 3 == 1 ? 4 : 0
        switch index % 5 {
        case 2: request.filter.categories = ["cs.AI", "quant-ph", "cs.CV"]
        case 3: request.filter.minScore = 1
        case 4: request.filter.since = Day(iso: "2016-01-01"); request.filter.includeExcluded = true
        default: break
        }
        return request
    }

    func expectSamePages(_ text: String, _ request: SearchRequest, _ stores: (blocks: PaperStore, reference: PaperStore),
                         snippets: Bool) throws -> SearchPage {
        let pruned = try stores.blocks.searchPage(request), reference = try stores.reference.searchPage(request)
        #expect(pruned.ids == reference.ids, "\(text) offset \(request.offset) limit \(request.limit)")
        #expect(pruned.scores.count == reference.scores.count)
        for (x, y) in zip(pruned.scores, reference.scores) { #expect(abs(x - y) <= 1e-9, "\(text): \(x) vs \(y)") }
        if snippets {
            #expect(try stores.blocks.search(request).map(\.snippet) == stores.reference.search(request).map(\.snippet), "\(text)")
        }
        return pruned
    }

    @Test func aThousandSearchesGiveTheReferencePages() throws {
        // Half the searches score up to 96 blocks range by range, half only 3 before the one pass.
        let (many, few) = (try stores(), try stores(ranges: 3))
        let queries = try harness.titleQueries(count: 1_000)
        #expect(queries.count >= 1_000)
        var scored = 0, matched = 0, skipped = 0, nonEmpty = 0
        for (index, text) in queries.enumerated() {
            let request = request(text, index)
            let stores = index % 2 == 0 ? many : few
            let page = try expectSamePages(text, request, stores, snippets: index % 10 == 0)
            let matches = try stores.reference.count(request)
            #expect(page.scored != nil, "\(text) was not scored block by block")
            scored += page.scored ?? matches
            matched += matches
            if (page.scored ?? matches) < matches { skipped += 1 }
            if !page.ids.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 700, "most searches should match something")
        // The store is big enough for the bounds to matter: most searches skip rows, and far
        // fewer rows are scored than match.
        #expect(skipped > 300, "\(skipped) searches skipped rows")
        #expect(scored * 2 < matched, "\(scored) scored of \(matched) matched")
    }

    @Test(arguments: [PaperStore.defaultBlockRanges, 0])
    func commonWordsSkipMostOfTheirMatches(ranges: Int) throws {
        let stores = try stores(ranges: ranges)
        for text in ["the", "model", "quantum", "learning OR network", "of the", "network", "the -quantum"] {
            var request = SearchRequest(text: text)
            request.limit = 10
            let page = try expectSamePages(text, request, stores, snippets: true)
            let matches = try stores.reference.count(request)
            #expect(matches > 100, "\(text)")
            // One pass in rowid order raises the page's bar more slowly than the best blocks first.
            #expect((page.scored ?? .max) * (ranges > 0 ? 2 : 1) < matches, "\(text): \(page.scored ?? -1) scored of \(matches)")
        }
    }

    @Test func rowsAddedOrRewrittenSinceTheBuildAreFound() throws {
        // Rewritten: 40 papers get a summary with words found nowhere else; added: a new day's feed.
        var ids: [(String, Int?)] = []
        try harness.store.database.prepare("SELECT arxiv_id, version FROM papers ORDER BY id LIMIT 40").forEach { ids.append(($0.text(0), $0.optionalInt(1))) }
        for (i, (id, version)) in ids.enumerated() {
            try harness.store.saveSummary(NewSummary(arxivID: id, version: version, model: "m", promptHash: "h", input: .abstract,
                                                     text: "Zymurgical quantum transformers \(i % 2 == 0 ? "of the brewery" : "")."))
        }
        _ = try harness.ingest(.file(Fixtures.path("rss/quant-ph-2025-01-03.xml")))
        #expect(try harness.count("SELECT count(*) FROM search_bound_changes") >= 40)
        let state = try #require(try harness.store.searchBoundsState())
        #expect(state.papersRewritten >= 40 && state.papersAdded > 50, "\(state.summary)")
        #expect(try harness.count("SELECT count(*) FROM papers WHERE id > (SELECT built_through FROM search_bounds)") > 50)
        let (many, few) = (try stores(), try stores(ranges: 2))
        for (index, text) in (["zymurgical", "zymurgical brewery", "quantum", "transformers OR the", "the"]
                              + (try harness.titleQueries(count: 150))).enumerated() {
            _ = try expectSamePages(text, request(text, index), index % 2 == 0 ? many : few, snippets: index < 5)
        }
        #expect(try many.blocks.search(SearchRequest(text: "zymurgical")).count == 20)
    }

    @Test func theBuildKeepsCommonWordsWithTheirCounts() throws {
        let store = harness.store
        let bounds = try #require(try store.searchBounds())
        #expect(bounds.blockSize == 8)
        #expect(bounds.builtThrough == Int64(try harness.count("SELECT max(id) FROM papers")))
        for word in ["quantum", "model", "learn", "the"] {
            let entry = try #require(try store.searchBoundTerm(word), "\(word)")
            #expect(entry.documents == Int64(try harness.count("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH '\(word)'")))
            #expect(entry.blocks.count == bounds.blockCount)
            #expect(entry.blocks.filter { $0 > 0 }.count >= Int(entry.documents) / 8)
        }
        #expect(try store.searchBoundTerm("zymurgical") == nil)
        // What status reports: the build's rows and words, and nothing since.
        let state = try #require(try store.searchBoundsState())
        #expect(state.rows == Int64(try harness.count("SELECT count(*) FROM papers")))
        #expect(state.words == (try harness.count("SELECT count(*) FROM search_bound_terms")) && state.words > 100)
        #expect(state.bytes == state.words * bounds.blockCount * 4)
        #expect((state.papersAdded, state.papersRewritten) == (0, 0))
        // Nothing changed since the build, and the store is far below the size that needs bounds.
        #expect(try store.refreshSearchBounds() == nil)
        let fresh = try IngestHarness()
        _ = try fresh.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")))
        #expect(try fresh.store.refreshSearchBounds() == nil)
        #expect(try fresh.store.searchBounds() == nil)
    }

    @Test func theIndexIsMergedIntoOneSegmentWithTheSameMatches() throws {
        let store = harness.store
        func segments() throws -> Int { try harness.count("SELECT count(DISTINCT segid) FROM papers_fts_idx") }
        _ = try harness.ingest(.file(Fixtures.path("rss/quant-ph-2025-01-03.xml")))
        #expect(try segments() > 1)
        let request = SearchRequest(text: "quantum OR model")
        let before = try store.searchPage(request)
        let matches = try harness.count("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH 'the'")
        try store.mergeIndexSegments(pages: 20)
        #expect(try segments() == 1)
        let after = try store.searchPage(request)
        #expect(after.ids == before.ids)
        #expect(after.scores == before.scores)
        #expect(try harness.count("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH 'the'") == matches)
        try store.database.execute("INSERT INTO papers_fts (papers_fts) VALUES ('integrity-check')")
    }

    @Test func searchWordsAreTokenizedAsTheIndexTokenizesThem() throws {
        let tokenizer = harness.store.indexTokenizer
        #expect(tokenizer.tokens("Transformers, NEURAL networks; Schrödinger's") == ["transform", "neural", "network", "schroding", "s"])
        #expect(tokenizer.tokens("  ") == [])
        // Every token of a real title is a word the index holds.
        let title = try #require(try harness.store.database.prepare("SELECT title FROM papers WHERE id = 1").first { $0.text(0) })
        for token in tokenizer.tokens(title) {
            #expect(try harness.count("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH '\"\(token)\"' AND rowid = 1") == 1, "\(token)")
        }
    }
}
