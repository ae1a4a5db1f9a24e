import Testing
import TestSupport
@testable import PaperKit

/// The store writes index rows itself; these tests prove the index is exactly what a full
/// 'rebuild' from the content would produce, after any mix of inserts and updates.
struct FullTextIndexTests {
    let now = "2026-07-27T06:00:00Z"

    /// nil: each index row added with its paper; 8: rows held back and added eight at a time,
    /// and before a held-back paper's newer version replaces it (n = 48 is one).
    @Test(arguments: [nil, 8] as [Int?])
    func indexEqualsAFreshRebuildAfterInsertsAndUpdates(heldBack batch: Int?) throws {
        let temp = try TemporaryStore()
        let store = temp.store
        func write(_ index: IndexBuffer?) throws {
            for n in 0..<50 {
                try store.write(record(String(format: "2607.%05d", n), v: 1, title: "Sparse attention \(n)",
                                       abstract: "We study decoding number \(n).", authors: ["René Dost", "Author \(n)"]),
                                score: noScore, runID: nil, now: now, index: index)
            }
            #expect(index?.count == batch.map { 50 % $0 })
            for n in stride(from: 0, to: 50, by: 3) {
                try store.write(record(String(format: "2607.%05d", n), v: 2, title: "Revised speculative \(n)",
                                       abstract: "Now about prefill \(n).", authors: ["Pöschl Teller"], type: .replace),
                                score: noScore, runID: nil, now: now, index: index)
            }
        }
        if let batch {
            store.indexBatchSize = batch
            let session = try store.beginWriting(runID: nil)
            try write(session.index)
            try session.close()
            #expect(session.index.count == 0)
        } else {
            try store.transaction { try write(nil) }
        }
        #expect(!store.database.isInTransaction)
        #expect(try indexEqualsRebuild(store) > 500)
    }

    /// The ingest path holds index rows back: real feeds, with rows added every five papers.
    @Test func ingestedFeedsIndexAsARebuildWould() throws {
        let temp = try TemporaryStore()
        temp.store.indexBatchSize = 5
        let feeds = ["rss/quant-ph-2024-12-30.xml", "rss/quant-ph-2025-01-03.xml", "rss/filtered/quant-ph-2025-01-20-qml.xml",
                     "rss/filtered/quant-ph-2025-01-20-qoqi.xml", "oai/arXivRaw-ListRecords-2016-10-21.xml"]
        let report = try Ingestor(store: temp.store, scorer: Scorer(configuration: Configuration()), http: nil)
            .ingest(feeds.map { .file(try Fixtures.path($0)) })
        #expect(report.failed.isEmpty && report.papersNew > 300)
        #expect(try indexEqualsRebuild(temp.store) > 50_000)
    }

    private func indexEqualsRebuild(_ store: PaperStore) throws -> Int {
        let (live, rebuilt) = try FTSRebuild.instances(store.database)
        #expect(live == rebuilt)
        return live.count
    }

    @Test func porterAndDiacriticsApply() throws {
        let temp = try TemporaryStore()
        try temp.store.write(record("2607.00001", title: "Decoding faster", authors: ["Pöschl Teller"]), score: noScore, now: now)
        let hits = try temp.store.database.prepare("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH ?")
        #expect(try hits.first([.text("decode")]) { $0.int(0) } == 1)
        #expect(try hits.first([.text("poschl")]) { $0.int(0) } == 1)
    }
}
