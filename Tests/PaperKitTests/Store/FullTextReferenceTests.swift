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

    /// Searches made from the titles in the store: single words, pairs, phrases, OR, NOT and prefixes.
    func queries(count: Int) throws -> [String] {
        var titles: [[String]] = []
        try harness.store.database.prepare("SELECT title FROM papers ORDER BY id").forEach { row in
            let words = row.text(0).lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 2 }
            if words.count >= 3 { titles.append(words) }
        }
        var queries: [String] = []
        for (i, words) in titles.enumerated() where queries.count < count {
            let a = words[i % words.count], b = words[(i + 1) % words.count], c = words[(i + 2) % words.count]
            switch i % 7 {
            case 0: queries.append(a)
            case 1: queries.append("\(a) \(b)")
            case 2: queries.append("\"\(a) \(b)\"")
            case 3: queries.append("\(a) OR \(c)")
            case 4: queries.append("\(a) -\(b)")
            case 5: queries.append("\(a.prefix(4))*")
            default: queries.append("\(a) \(b) \(c)")
            }
        }
        return queries + ["the", "model", "quantum OR learning", "learning -deep"]
    }

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
        let queries = try queries(count: 300)
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
