/// Brings a database up to the embedded schema: each numbered migration of `schema/` that has
/// not run yet runs in its own transaction, together with its row in `schema_migrations`.
package enum Migrator {
    /// The newest schema version this build knows.
    package static var latestVersion: Int { EmbeddedSchema.migrations.last?.version ?? 0 }

    /// Applies pending migrations and returns the versions it applied.
    @discardableResult
    package static func migrate(_ db: Database) throws -> [Int] {
        try db.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
            """)
        let current = try currentVersion(db)
        guard current <= latestVersion else {
            throw StoreError.newerSchema(path: db.path, found: current, known: latestVersion)
        }
        var applied: [Int] = []
        for migration in EmbeddedSchema.migrations where migration.version > current {
            do {
                try db.transaction {
                    try db.execute(migration.sql)
                    try db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
                        .run([.int(Int64(migration.version)), .text(migration.name), .text(Timestamp.now())])
                }
            } catch let error as StoreError {
                throw StoreError.migrationFailed(name: migration.name, reason: error.sqliteMessage ?? error.message)
            }
            applied.append(migration.version)
        }
        return applied
    }

    /// The highest applied migration, 0 for a new database.
    package static func currentVersion(_ db: Database) throws -> Int {
        try db.prepare("SELECT coalesce(max(version), 0) FROM schema_migrations").first { $0.int(0) } ?? 0
    }
}
