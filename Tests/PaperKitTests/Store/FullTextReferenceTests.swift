import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// The custom rank and snippets (`FullTextEngine.custom`) against FTS5's own `bm25()` and
/// `snippet()` (`ARXIV_BOT_FTS=builtin`): the same pages, in the same order, with scores within
/// 1e-9 and snippets byte for byte, over searches built from real titles. On an SQLite whose FTS5
/// differs from the one the custom code ports, these are the tests that fail first.
struct FullTextReferenceTests {
    /// Real feeds of several kinds (RSS, OAI-PMH, Kaggle), with every fifth paper excluded.
    let harness: IngestHarness

    init() throws { harness = try IngestHarness.mixedCorpus(excludedEvery: 5) }

    func pages(_ text: String, _ configure: (inout SearchRequest) -> Void = { _ in })
        throws -> (custom: SearchPage, builtin: SearchPage, customResults: [PaperResult], builtinResults: [PaperResult]) {
        var request = SearchRequest(text: text)
        request.limit = 30
        configure(&request)
        let store = harness.store
        let reference = try PaperStore(path: harness.temp.path, fullText: .builtin)
        return (try store.searchPage(request), try reference.searchPage(request),
                try store.search(request), try reference.search(request))
    }

    @Test func bothEnginesGiveTheSamePagesScoresAndSnippets() throws {
        let queries = try harness.titleQueries(count: 300)
        #expect(queries.count > 250)
        var compared = 0, nonEmpty = 0
        for text in queries {
            for variant in 0..<3 {
                let (custom, builtin, customResults, builtinResults) = try pages(text) { request in
                    if variant == 1 { request.filter.minScore = -1; request.offset = 3 }
                    if variant == 2 { request.filter.categories = ["cs.AI", "quant-ph", "cs.CV"]; request.filter.includeExcluded = true }
                }
                #expect(custom.ids == builtin.ids, "\(text) (variant \(variant))")
                #expect(custom.scores.count == builtin.scores.count)
                for (x, y) in zip(custom.scores, builtin.scores) { #expect(abs(x - y) <= 1e-9, "\(text): \(x) vs \(y)") }
                #expect(customResults.map(\.snippet) == builtinResults.map(\.snippet), "\(text) (variant \(variant))")
                compared += 1
                if !custom.ids.isEmpty { nonEmpty += 1 }
            }
        }
        #expect(nonEmpty > compared / 2, "most searches should match something")
    }

    @Test func dateSortedSearchesCutTheSameSnippets() throws {
        for text in ["quantum", "language models", "\"neural network\"", "graph*"] {
            let (_, _, custom, builtin) = try pages(text) { $0.sort = .date }
            #expect(!custom.isEmpty)
            #expect(custom.map(\.arxivID) == builtin.map(\.arxivID))
            #expect(custom.map(\.snippet) == builtin.map(\.snippet))
            #expect(custom.allSatisfy { $0.snippet != nil })
        }
    }

    @Test func theChoiceFollowsTheVariableAndTheVersion() throws {
        #expect(try FullTextEngine.choose(nil, libraryVersion: 3_040_001) == .init(engine: .custom))
        #expect(try FullTextEngine.choose("", libraryVersion: 3_040_000) == .init(engine: .custom))
        #expect(try FullTextEngine.choose("builtin", libraryVersion: 3_040_001) == .init(engine: .builtin))
        #expect(try FullTextEngine.choose(" Custom ", libraryVersion: 3_047_000) == .init(engine: .custom))
        let fallback = try FullTextEngine.choose(nil, libraryVersion: 3_047_002)
        #expect(fallback.engine == .builtin)
        #expect(fallback.warning?.contains("SQLite 3.47.2") == true)
        #expect(fallback.warning?.contains("ARXIV_BOT_FTS=custom") == true)
        #expect(throws: FullTextEngineError.unknown("fast")) { try FullTextEngine.choose("fast", libraryVersion: 3_040_001) }
        #expect(FullTextEngineError.unknown("fast").exitCode == .config)
    }
}
