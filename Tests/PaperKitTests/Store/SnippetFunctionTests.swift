import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// `arxiv_snippet` returns exactly what FTS5's `snippet()` returns, for every matching row of
/// real feeds, whatever the query shape, column, window size and markup.
struct SnippetFunctionTests {
    /// Raw FTS5 expressions: phrases, prefixes, OR, NOT, NEAR, column filters, overlapping
    /// phrases (merged into one highlight), and words in almost every abstract.
    static let expressions = ["language models", "agent", "\"reinforcement learning\"", "reason* OR plan*",
                              "title:agent NOT survey", "authors:wang learning", "model OR graph OR neural",
                              "quantum state", "\"state of the art\"", "NEAR(learning model, 5)", "a*",
                              "\"large language\" \"language model\"", "\"large language model\" language", "the", "abstract:(we OR our) AND data*"]
    /// (column, window): the abstract as searches use it, other columns, any column, tiny and huge windows.
    static let shapes = [(1, 16), (1, 5), (1, 1), (1, 64), (1, 400), (0, 8), (2, 3), (3, 16), (-1, 16), (-1, 2), (1, 0)]

    static func store() throws -> IngestHarness {
        let harness = try IngestHarness()
        _ = try harness.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")),
                               .file(Fixtures.path("rss/quant-ph-2025-01-03.xml")),
                               .file(Fixtures.path("oai/arXivRaw-ListRecords-2016-10-21.xml")),
                               .file(Fixtures.path("jsonl/kaggle-arxiv-metadata-oai-snapshot-head.jsonl")))
        return harness
    }

    @Test(arguments: expressions)
    func equalsBuiltInSnippet(expression: String) throws {
        let store = try Self.store().store
        var compared = 0, different = Set<String>()
        for (column, window) in Self.shapes {
            let markup = column == 2 ? "'', '', ''" : "char(2), char(3), '…'"
            let sql = """
                SELECT snippet(papers_fts, \(column), \(markup), \(window)),
                       arxiv_snippet(papers_fts, \(column), \(markup), \(window))
                FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rowid
                """
            try store.database.prepare(sql).forEach([.text(expression)]) { row in
                let expected = row.optionalText(0), actual = row.optionalText(1)
                #expect(actual == expected, "\(expression) column \(column) window \(window)")
                different.insert(expected ?? "NULL")
                compared += 1
            }
        }
        #expect(compared >= Self.shapes.count * 2, "the expression should match papers")
        #expect(different.count > Self.shapes.count, "the snippets compared should differ from each other")
    }

    @Test func snippetsStartAtSentencesAndEndWithEllipses() throws {
        // The equality above is only as strong as the variety it saw: all four kinds occur.
        let store = try Self.store().store
        var kinds = Set<String>()
        try store.database.prepare("""
            SELECT arxiv_snippet(papers_fts, 1, '[', ']', '…', 16) FROM papers_fts WHERE papers_fts MATCH 'model* OR the'
            """).forEach { row in
            let text = row.text(0)
            kinds.insert(text.hasPrefix("…") ? "starts inside" : "starts at the beginning")
            kinds.insert(text.hasSuffix("…") ? "ends inside" : "ends at the end")
        }
        #expect(kinds.count == 4)
    }

    @Test func wrongArgumentCountIsAnError() throws {
        let store = try Self.store().store
        #expect(throws: (any Error).self) {
            try store.database.prepare("SELECT arxiv_snippet(papers_fts, 1, '[', ']') FROM papers_fts WHERE papers_fts MATCH 'model'")
                .forEach { _ in }
        }
    }
}
