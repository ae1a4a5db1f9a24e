import Foundation
import PaperKit

/// What the import left in its store, read through a read-only connection of our own, never the
/// CLI's: committed papers and the ledger. Every answer is nil or a placeholder when the store
/// cannot be read (a child killed before it created the tables).
struct StoreProbe {
    var path: String

    /// The database file and its WAL together: what the store takes on disk at this moment (the
    /// WAL is empty or gone after a clean close, and as large as the import while one runs).
    var fileBytes: Int {
        Figures.fileSize(path) + Figures.fileSize(path + "-wal")
    }

    /// Committed papers.
    func papers() -> Int? {
        guard let database = try? Database(path: path, readOnly: true) else { return nil }
        return try? database.prepare("SELECT count(*) FROM papers").first { $0.int(0) }
    }

    /// `records_seen` of the newest ledger row, for the records/s of a resumed run.
    func lastRecordsSeen() -> Int? {
        guard let database = try? Database(path: path, readOnly: true) else { return nil }
        return try? database.prepare("SELECT records_seen FROM ingest_runs ORDER BY id DESC LIMIT 1").first { $0.int(0) }
    }

    /// Every ledger row, one line each, with all its non-null columns but the path and the times,
    /// so columns added later (a resume position) show up without a change here.
    func ledger() -> [String] {
        guard let database = try? Database(path: path, readOnly: true),
              let columns = try? columnNames(database, table: "ingest_runs") else { return ["(no ledger readable)"] }
        let skipped: Set = ["source", "started_at", "finished_at"]
        var rows: [String] = []
        try? database.prepare("SELECT * FROM ingest_runs ORDER BY id").forEach { row in
            let fields = columns.enumerated().compactMap { index, name -> String? in
                let column = Int32(index)
                return skipped.contains(name) || row.isNull(column) ? nil : "\(name)=\(row.text(column))"
            }
            rows.append(fields.joined(separator: " "))
        }
        return rows.isEmpty ? ["(no ledger rows)"] : rows
    }

    /// In the order `SELECT *` returns them.
    func columnNames(_ database: Database, table: String) throws -> [String] {
        var names: [String] = []
        try database.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid")
            .forEach([.text(table)], { names.append($0.text(0)) })
        return names
    }
}
