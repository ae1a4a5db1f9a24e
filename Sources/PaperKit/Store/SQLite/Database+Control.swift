import CSQLite

/// What the store asks of a connection beyond statements: transactions it holds open across
/// calls (a write session's batches), the WAL, the snapshot version, memory mapping, the page
/// counts the bench reads, and the FTS5 API the auxiliary functions register with.
extension Database {
    /// How a transaction that stays open across calls begins.
    package enum Begin: String {
        /// Takes the write lock at once: a second writer waits here, not in the middle of a batch.
        case immediate = "BEGIN IMMEDIATE"
        /// Takes locks at the first read or write.
        case deferred = "BEGIN DEFERRED"
    }

    /// Begins a transaction that `commit()` or `rollback()` ends.
    package func begin(_ kind: Begin) throws { try execute(kind.rawValue) }

    /// Commits the open transaction.
    package func commit() throws { try execute("COMMIT") }

    /// Rolls back the open transaction, if any; a rollback that fails leaves nothing to undo.
    package func rollback() {
        if isInTransaction { try? execute("ROLLBACK") }
    }

    /// Copies committed pages from the WAL into the file without waiting for readers, so a long
    /// import keeps the WAL about one batch long.
    package func checkpoint() throws { try execute("PRAGMA wal_checkpoint(PASSIVE)") }

    /// SQLite's `data_version`: it changes whenever another connection has committed since the
    /// last call (never for this connection's own commits). Inside a read transaction, the
    /// snapshot's version.
    package func dataVersion() throws -> Int {
        try prepare("PRAGMA data_version").first { $0.int(0) } ?? 0
    }

    /// Lets reads of up to `bytes` of the file go through a memory map instead of `pread()`.
    package func mapMemory(bytes: Int) throws {
        try execute("PRAGMA mmap_size = \(max(0, bytes))")
    }

    /// The page size and the number of pages in use (the file's pages less the free list).
    package func pageUsage() throws -> (pageSize: Int, pagesUsed: Int) {
        func pragma(_ name: String) throws -> Int { try prepare("PRAGMA \(name)").first { $0.int(0) } ?? 0 }
        return (try pragma("page_size"), try pragma("page_count") - pragma("freelist_count"))
    }

    /// Rows this connection has inserted, updated or deleted since it opened (FTS5 commands count
    /// the rows they write to the index's tables).
    package var totalChanges: Int64 { sqlite3_total_changes64(handle) }

    /// The connection's FTS5 API, nil when this SQLite was built without FTS5.
    package func fts5API() -> UnsafeMutablePointer<fts5_api>? { csqlite_fts5_api(handle) }

    /// The SQLite library's version as a number: 3040001 for 3.40.1.
    package static var libraryVersion: Int32 { sqlite3_libversion_number() }
}
