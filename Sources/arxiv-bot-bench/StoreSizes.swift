import Foundation
import PaperKit

/// The space each table and index of a store takes, from SQLite's `dbstat` virtual table, with
/// FTS5's shadow tables (`papers_fts_*`) counted together as the full-text index.
struct StoreSizes {
    /// One table, index, or the FTS5 index as a whole.
    struct Part {
        /// `table papers`, `index papers_day`, `FTS5 index (papers_fts_*: data 1.2 GB, ...)`.
        var label: String
        var bytes: Int
    }

    /// Largest first.
    var parts: [Part] = []
    /// Why the figures are estimates, when `dbstat` was not available.
    var caveat: String?

    /// Opens the store read-only, so measuring it can change nothing.
    static func measure(databasePath: String) throws -> StoreSizes {
        let database = try Database(path: databasePath, readOnly: true)
        var kinds: [String: String] = ["sqlite_schema": "table", "sqlite_master": "table"]
        try database.prepare("SELECT name, type FROM sqlite_master").forEach { kinds[$0.text(0)] = $0.text(1) }
        var pages: [String: Int] = [:]
        do {
            try database.prepare("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").forEach { pages[$0.text(0)] = $0.int(1) }
        } catch {
            return try estimate(database, kinds: kinds, reason: "\(error)")
        }
        var sizes = StoreSizes()
        var fullText: [(String, Int)] = []
        for (name, bytes) in pages {
            if name.hasPrefix("papers_fts_") || name.hasPrefix("sqlite_autoindex_papers_fts_") {
                fullText.append((String(name.dropFirst("papers_fts_".count)), bytes))
            } else {
                sizes.parts.append(Part(label: "\(kinds[name] ?? "object") \(name)", bytes: bytes))
            }
        }
        if !fullText.isEmpty {
            let split = fullText.sorted { $0.1 > $1.1 }.map { "\($0.0) \(Figures.size($0.1))" }.joined(separator: ", ")
            sizes.parts.append(Part(label: "FTS5 index (papers_fts_*: \(split))", bytes: fullText.reduce(0) { $0 + $1.1 }))
        }
        sizes.parts.sort { $0.bytes > $1.bytes }
        return sizes
    }

    /// Without `dbstat` (a libsqlite3 built without SQLITE_ENABLE_DBSTAT_VTAB) only the whole
    /// file's pages are known; per table, the bytes of its stored values are counted instead,
    /// which leaves out B-tree overhead, and indexes are not split out at all.
    private static func estimate(_ database: Database, kinds: [String: String], reason: String) throws -> StoreSizes {
        var sizes = StoreSizes()
        sizes.caveat = "dbstat unavailable (\(reason)); per-table figures are the length of the stored values only"
        let pages = try database.pageUsage()
        sizes.parts.append(Part(label: "all pages in use (estimate source)", bytes: pages.pagesUsed * pages.pageSize))
        // The FTS5 tables are left out: the virtual table would read the papers' text a second time.
        for (name, kind) in kinds.sorted(by: { $0.key < $1.key })
        where kind == "table" && !name.hasPrefix("sqlite_") && !name.hasPrefix("papers_fts") {
            let columns = try StoreProbe(path: database.path).columnNames(database, table: name)
            guard !columns.isEmpty else { continue }
            // Names come from the store's own schema, never from user input.
            let lengths = columns.map { "COALESCE(LENGTH(\"\($0)\"), 0)" }.joined(separator: " + ")
            if let bytes = try? database.prepare("SELECT SUM(\(lengths)) FROM \"\(name)\"").first([], { $0.int(0) }) {
                sizes.parts.append(Part(label: "table \(name) (values only)", bytes: bytes))
            }
        }
        sizes.parts.sort { $0.bytes > $1.bytes }
        return sizes
    }
}
