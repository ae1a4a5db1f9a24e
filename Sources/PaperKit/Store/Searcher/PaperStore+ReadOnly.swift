extension PaperStore {
    /// Opens an existing store read-only, without migrating: for servers that answer requests on
    /// their own connections while `ingest` writes through another (WAL lets both work at once).
    /// Refuses a store whose schema is older or newer than this build, naming the fix.
    /// Reads of up to `memoryMapBytes` of the file go through a memory map (none by default).
    public convenience init(readOnlyPath path: String, memoryMapBytes: Int = 0) throws {
        let database = try Database(path: path, readOnly: true)
        if memoryMapBytes > 0 { try database.mapMemory(bytes: memoryMapBytes) }
        let hasTable = try database.prepare(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").first { $0.int(0) } ?? 0
        let found = hasTable > 0 ? try Migrator.currentVersion(database) : 0
        if found < Migrator.latestVersion { throw StoreError.olderSchema(path: path, found: found, known: Migrator.latestVersion) }
        if found > Migrator.latestVersion { throw StoreError.newerSchema(path: path, found: found, known: Migrator.latestVersion) }
        try self.init(database: database, migrate: false)
    }

    /// Runs `body` in one read transaction, so every statement in it sees the same snapshot: a
    /// request made of several queries never mixes the states before and after a concurrent ingest.
    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        try database.readTransaction(body)
    }

    /// SQLite's `data_version` of this connection: it changes whenever another connection has
    /// committed since the last call, so a cache keyed by it is dropped exactly when the store changes.
    public func dataVersion() throws -> Int {
        try database.dataVersion()
    }

    /// The highest schema migration applied to the store.
    public func schemaVersion() throws -> Int {
        try Migrator.currentVersion(database)
    }
}
