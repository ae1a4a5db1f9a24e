import Testing
@testable import PaperKit

/// The store writes index rows itself; these tests prove the index is exactly what a full
/// 'rebuild' from the content would produce, after any mix of inserts and updates.
struct FullTextIndexTests {
    let now = "2026-07-27T06:00:00Z"

    @Test func indexEqualsAFreshRebuildAfterInsertsAndUpdates() throws {
        let temp = try TemporaryStore()
        let store = temp.store
        try store.transaction {
            for n in 0..<50 {
                try store.write(record(String(format: "2607.%05d", n), v: 1, title: "Sparse attention \(n)",
                                       abstract: "We study decoding number \(n).", authors: ["René Dost", "Author \(n)"]),
                                score: noScore, now: now)
            }
            for n in stride(from: 0, to: 50, by: 3) {
                try store.write(record(String(format: "2607.%05d", n), v: 2, title: "Revised speculative \(n)",
                                       abstract: "Now about prefill \(n).", authors: ["Pöschl Teller"], type: .replace),
                                score: noScore, now: now)
            }
        }
        try store.database.execute("INSERT INTO papers_fts (papers_fts) VALUES ('integrity-check')")
        let live = try instances(store.database, table: "papers_fts")
        try store.database.execute("""
            CREATE VIRTUAL TABLE rebuilt_fts USING fts5 (title, abstract, authors, summary, content = 'paper_documents',
                content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
            INSERT INTO rebuilt_fts (rebuilt_fts) VALUES ('rebuild');
            """)
        let rebuilt = try instances(store.database, table: "rebuilt_fts")
        #expect(live.count > 500)
        #expect(live == rebuilt)
    }

    @Test func porterAndDiacriticsApply() throws {
        let temp = try TemporaryStore()
        try temp.store.write(record("2607.00001", title: "Decoding faster", authors: ["Pöschl Teller"]), score: noScore, now: now)
        let hits = try temp.store.database.prepare("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH ?")
        #expect(try hits.first([.text("decode")]) { $0.int(0) } == 1)
        #expect(try hits.first([.text("poschl")]) { $0.int(0) } == 1)
    }

    private func instances(_ db: Database, table: String) throws -> [String] {
        try db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS \(table)_vocab USING fts5vocab(\(table), 'instance')")
        var rows: [String] = []
        try db.prepare("SELECT term, doc, col, offset FROM \(table)_vocab ORDER BY term, doc, col, offset").forEach { row in
            rows.append("\(row.text(0)) \(row.int(1)) \(row.text(2)) \(row.int(3))")
        }
        return rows
    }
}
