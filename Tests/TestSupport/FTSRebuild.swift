import Foundation
import PaperKit

/// The full-text index checked against what FTS5 builds from the content: a store whose index
/// rows were added in batches, held back, deleted and re-added (or half-written and resumed after
/// a kill) must hold exactly the index a `rebuild` makes.
public enum FTSRebuild {
    /// Runs FTS5's integrity check on `papers_fts`, then lists every instance (term, row, column,
    /// offset) of the live index and of a fresh index rebuilt from `paper_documents`. Adds two
    /// tables to the database; use it on a test store.
    package static func instances(_ db: Database) throws -> (live: [String], rebuilt: [String]) {
        try db.execute("INSERT INTO papers_fts (papers_fts) VALUES ('integrity-check')")
        let live = try instances(db, table: "papers_fts")
        // The same definition as the live table (columns, content, tokenizer), read from the store.
        let definition = try db.prepare("SELECT sql FROM sqlite_master WHERE name = 'papers_fts'").first { $0.text(0) } ?? ""
        try db.execute(definition.replacingOccurrences(of: "CREATE VIRTUAL TABLE papers_fts", with: "CREATE VIRTUAL TABLE rebuilt_fts"))
        try db.execute("INSERT INTO rebuilt_fts (rebuilt_fts) VALUES ('rebuild')")
        return (live, try instances(db, table: "rebuilt_fts"))
    }

    private static func instances(_ db: Database, table: String) throws -> [String] {
        try db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS \(table)_vocab USING fts5vocab(\(table), 'instance')")
        var rows: [String] = []
        try db.prepare("SELECT term, doc, col, offset FROM \(table)_vocab ORDER BY term, doc, col, offset").forEach { row in
            rows.append("\(row.text(0)) \(row.int(1)) \(row.text(2)) \(row.int(3))")
        }
        return rows
    }
}
