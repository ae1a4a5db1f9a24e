import CSQLite

/// One SQLite connection. Owns the `sqlite3` handle and closes it in `deinit`.
///
/// With `Statement`, the SQLite layer of the store: nothing outside `Store/SQLite/` touches a
/// `sqlite3` handle or runs a PRAGMA. Package-visible, for the store, the tests and the bench.
///
/// Not thread-safe: use one `Database` per thread (SQLite's WAL mode lets readers and one
/// writer work at the same time across connections).
package final class Database {
    let handle: OpaquePointer
    /// The file this connection opened (`:memory:` for an in-memory database).
    package let path: String

    /// Opens (creating when `readOnly` is false) the database at `path` with WAL, foreign keys on
    /// and a busy timeout, so a concurrent writer makes us wait instead of fail at once.
    package init(path: String, readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 5_000) throws {
        self.path = path
        _ = Database.configureSQLite
        var db: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let reason = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            if let db { sqlite3_close_v2(db) }
            throw StoreError.cannotOpen(path: path, reason: reason)
        }
        handle = db
        sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
        sqlite3_extended_result_codes(db, 1)
        do {
            try execute("PRAGMA foreign_keys = ON")
            // A search touches a few thousand index pages; the default 2 MB cache re-read them from
            // the file for every query (12% of a search). Read-only connections are pooled, so bounded.
            if readOnly { try execute("PRAGMA cache_size = -16384") }
            if !readOnly && path != ":memory:" {
                // Only takes effect on a new, empty file (before WAL mode and the first table). A paper
                // row is about 1.4 KB, so 4 KB pages left 18% of the papers table unused; 8 KB pages
                // leave 9%: 420 MB less for all of arXiv. Existing stores keep their page size.
                try execute("PRAGMA page_size = 8192")
                try execute("PRAGMA journal_mode = WAL")
                try execute("PRAGMA synchronous = NORMAL")
                // A batch of 100,000 papers touches more B-tree pages than the default 2 MB cache
                // holds; re-reading evicted pages from the WAL cost 40% of ingest time.
                try execute("PRAGMA cache_size = -65536")
            }
        } catch let error as StoreError {
            // A file that is not a database fails here (or at its first read), not at open.
            if case .notADatabase = error { throw error }
            throw StoreError.cannotOpen(path: path, reason: error.sqliteMessage ?? "\(error)")
        }
    }

    deinit { sqlite3_close_v2(handle) }

    /// Process-wide settings, applied once before the first connection opens.
    private static let configureSQLite: Void = { _ = csqlite_disable_memory_statistics() }()

    /// Whether SQLite counts the memory it uses (it should not: see `configureSQLite`); it
    /// reports 0 bytes in use when it does not count.
    static var countsMemoryUse: Bool {
        var current: Int64 = 0, peak: Int64 = 0
        sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &current, &peak, 0)
        return current > 0
    }

    /// Runs one or more statements that take no parameters and return no rows we need.
    package func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if rc != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(errorMessage)
            throw error(code: rc, message: message, sql: sql)
        }
    }

    /// Compiles a statement once; bind and step it as often as needed.
    package func prepare(_ sql: String) throws -> Statement {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw lastError(code: rc, sql: sql) }
        return Statement(stmt, database: self, sql: sql)
    }

    /// Runs `body` inside `BEGIN IMMEDIATE ... COMMIT`, rolling back when it throws. Inside an open
    /// transaction (a write session's batch, another `transaction`) it is a savepoint instead, so
    /// calls nest: a throwing inner body undoes only its own writes, the outer transaction goes on.
    package func transaction<T>(_ body: () throws -> T) throws -> T {
        try transaction(begin: .immediate, body)
    }

    /// Runs `body` in one read transaction: every statement in it sees the same snapshot.
    package func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try transaction(begin: .deferred, body)
    }

    private func transaction<T>(begin: Begin, _ body: () throws -> T) throws -> T {
        let nested = isInTransaction
        try execute(nested ? "SAVEPOINT nested" : begin.rawValue)
        do {
            let result = try body()
            try execute(nested ? "RELEASE nested" : "COMMIT")
            return result
        } catch {
            // ROLLBACK TO leaves the savepoint open; RELEASE then ends it with nothing left to keep.
            try? execute(nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK")
            throw error
        }
    }

    /// The rowid of this connection's last successful INSERT (0 before any).
    package var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Whether a transaction is open (between BEGIN and COMMIT or ROLLBACK).
    package var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Whether this connection was opened read-only.
    package var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    package var changes: Int { Int(sqlite3_changes(handle)) }

    func lastError(code: Int32, sql: String) -> StoreError {
        error(code: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    private func error(code: Int32, message: String, sql: String) -> StoreError {
        if code & 0xff == SQLITE_BUSY || code & 0xff == SQLITE_LOCKED { return .busy(path: path) }
        if code & 0xff == SQLITE_NOTADB || code & 0xff == SQLITE_CORRUPT { return .notADatabase(path: path) }
        return .sqlite(code: code, message: message, sql: sql)
    }
}

extension StoreError {
    var sqliteMessage: String? {
        if case let .sqlite(_, message, _) = self { return message }
        return nil
    }
}
