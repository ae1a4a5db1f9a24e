import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// `arxiv_bm25` gives exactly the scores of FTS5's `bm25()` with the same weights, whether it
/// counts each phrase's documents itself or is given the counts and document lengths a read-only
/// connection keeps; and what that connection keeps follows the store when another connection writes.
struct RankFunctionTests {
    static let searches = ["language models", "agent", "\"reinforcement learning\"", "reason* OR plan*",
                           "title:agent -survey", "author:wang learning", "model OR graph neural"]
    /// FTS5's own bm25 with the weights the store ranks with.
    static let builtIn = "bm25(papers_fts, \(PaperStore.columnWeights.map { "\($0)" }.joined(separator: ", ")))"

    static func store() throws -> IngestHarness {
        let harness = try IngestHarness()
        _ = try harness.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")))
        return harness
    }

    /// rowid -> score under `rank` for every match of `text`.
    func scores(_ store: PaperStore, _ text: String, rank: String, _ values: [SQLValue] = []) throws -> [Int64: Double] {
        var scores: [Int64: Double] = [:]
        let expression = try #require(SearchQuery(text).matchExpression)
        // The rank's parameters come first in the statement's text, so they are bound first.
        try store.database.prepare("SELECT rowid, \(rank) FROM papers_fts WHERE papers_fts MATCH ?")
            .forEach(values + [.text(expression)]) { scores[Int64($0.int(0))] = $0.double(1) }
        return scores
    }

    /// Scores with the phrase counts and document lengths `reader` keeps, inside one snapshot.
    func keptScores(_ reader: PaperStore, _ text: String, counts override: [Int64]? = nil) throws -> [Int64: Double] {
        try reader.snapshot {
            let kept = try #require(try reader.rankStatistics.phraseCounts(SearchQuery(text).phrases, in: reader))
            let counts = override ?? kept
            let rank = "arxiv_bm25(papers_fts, NULL" + String(repeating: ", ?", count: counts.count) + ")"
            return try scores(reader, text, rank: rank, counts.map(SQLValue.int))
        }
    }

    @Test(arguments: searches)
    func equalsBuiltInBM25CountedOrKept(text: String) throws {
        let harness = try Self.store()
        let expected = try scores(harness.store, text, rank: Self.builtIn)
        #expect(expected.count > 3, "the search should match several papers")
        #expect(try scores(harness.store, text, rank: "arxiv_bm25(papers_fts)") == expected)
        let reader = try PaperStore(readOnlyPath: harness.temp.path)
        #expect(try keptScores(reader, text) == expected)
        // The counts are used when given (wrong ones change every score), so the equality above
        // proves the kept counts are FTS5's.
        let wrong = [Int64](repeating: 1, count: SearchQuery(text).phrases.count)
        let withWrongCounts = try keptScores(reader, text, counts: wrong)
        #expect(withWrongCounts.keys == expected.keys)
        #expect(withWrongCounts != expected)
        let impossible = try keptScores(reader, text, counts: wrong.map { _ in 1_000_000 })
        // A NaN score reaches SQL as NULL, which reads as 0; every match has an instance, so < 0.
        #expect(impossible.values.allSatisfy { $0 < 0 })
    }

    @Test func keptDocumentLengthsAreTheTokenCountsOfEachDocument() throws {
        let harness = try Self.store()
        let reader = try PaperStore(readOnlyPath: harness.temp.path)
        _ = try reader.snapshot { try reader.rankStatistics.phraseCounts(["\"model\""], in: reader) }
        // Counted independently: one fts5vocab 'instance' row per token of each document.
        try harness.store.database.execute("CREATE VIRTUAL TABLE temp.tokens USING fts5vocab(main, papers_fts, instance)")
        var checked = 0
        try harness.store.database.prepare("SELECT doc, count(*) FROM temp.tokens GROUP BY doc").forEach { row in
            #expect(reader.rankStatistics.documentLength(Int64(row.int(0))) == Double(row.int(1)))
            checked += 1
        }
        #expect(checked == (try harness.count("SELECT count(*) FROM papers")))
        #expect(reader.rankStatistics.documentLength(999_999) == nil)
    }

    @Test func keptStatisticsFollowWritesOfAnotherConnection() throws {
        let harness = try Self.store()
        let reader = try PaperStore(readOnlyPath: harness.temp.path)
        let text = "language models"
        #expect(try keptScores(reader, text) == (try scores(harness.store, text, rank: Self.builtIn)))

        // More papers (new counts, new lengths), and a newer version of a stored paper whose
        // abstract, and so length, changes.
        _ = try harness.ingest(.file(Fixtures.path("rss/quant-ph-2025-01-03.xml")))
        let rowID = Int64(try harness.count("SELECT min(rowid) FROM papers_fts WHERE papers_fts MATCH 'language'"))
        let arxivID = try #require(try harness.store.database.prepare("SELECT arxiv_id FROM papers WHERE id = ?")
            .first([.int(rowID)]) { $0.text(0) })
        let before = try #require(try keptScores(reader, text)[rowID])
        _ = try harness.store.write(record(arxivID, v: 9, title: "Language models", abstract: String(repeating: "language models and more words ", count: 40)),
                                    score: noScore, now: "2026-08-01T00:00:00Z")

        let expected = try scores(harness.store, text, rank: Self.builtIn)
        #expect(try keptScores(reader, text) == expected)
        #expect(expected[rowID] != before)
    }

    @Test(arguments: ["language models", "agent -survey", "reason* OR plan*"])
    func aReadOnlyConnectionSearchesAsTheWriterDoes(text: String) throws {
        let harness = try Self.store()
        let reader = try PaperStore(readOnlyPath: harness.temp.path)
        for filtered in [false, true] {
            var request = SearchRequest(text: text)
            request.limit = 1_000
            // A minimum score below every score forces the joined plan (rank arguments bound there).
            if filtered { request.filter.minScore = -1 }
            let written = try harness.store.search(request)
            let read = try reader.snapshot { try reader.search(request) }
            #expect(written.count > 3)
            #expect(read.map(\.arxivID) == written.map(\.arxivID))
            #expect(read.map(\.snippet) == written.map(\.snippet))
        }
    }

    @Test func phrasesAreListedInFTS5sOrder() {
        #expect(SearchQuery("a OR b title:c -d \"e f\"*").phrases == ["\"a\"", "\"b\"", "title : \"c\"", "\"e f\" *", "\"d\""])
        #expect(SearchQuery("-d").phrases.isEmpty)
    }

    @Test func docsizeVarintsAreSummed() {
        // 5, 300 (0x82 0x2C) and 0.
        let bytes: [UInt8] = [0x05, 0x82, 0x2C, 0x00]
        #expect(bytes.withUnsafeBytes(SQLiteVarints.sum) == 305)
    }
}
