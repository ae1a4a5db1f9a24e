import Foundation
import Testing
@testable import PaperKit

/// The server's request connections: read-only, never migrating, refusing a schema they do not match.
struct ReadOnlyStoreTests {
    @Test func opensACurrentStoreAndCannotWriteToIt() throws {
        let temp = try TemporaryStore()
        _ = try temp.store.write(record("2601.00001"), score: noScore, now: "2026-07-27T00:00:00Z")
        let reader = try PaperStore(readOnlyPath: temp.path)
        #expect(try reader.snapshot { try reader.counts().papers } == 1)
        #expect(throws: StoreError.self) { try reader.database.execute("DELETE FROM papers") }
    }

    @Test func refusesAnOlderSchemaNamingTheFix() throws {
        let temp = try TemporaryStore()
        let path = temp.folder.appendingPathComponent("old.db").path
        let db = try Database(path: path)
        try db.execute("""
            CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
            INSERT INTO schema_migrations VALUES (1, '001_core', '2026-01-01T00:00:00Z');
            """)
        let error = #expect(throws: StoreError.self) { try PaperStore(readOnlyPath: path) }
        #expect(error?.message.contains("schema version 1, older than this arxiv-bot needs") == true)
        #expect(error?.exitCode == .config)
    }

    @Test func aMissingFileIsAnErrorNotANewDatabase() throws {
        let temp = try TemporaryStore()
        let path = temp.folder.appendingPathComponent("absent.db").path
        #expect(throws: StoreError.self) { try PaperStore(readOnlyPath: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

/// Threads searching at once must not queue on SQLite's process-wide memory-statistics mutex.
struct SQLiteConfigurationTests {
    @Test func memoryStatisticsAreOff() throws {
        let temp = try TemporaryStore()
        _ = try temp.store.write(record("2601.00001"), score: noScore, now: "2026-07-27T00:00:00Z")
        #expect(try temp.store.search(SearchRequest(text: "abstract")).count == 1)
        #expect(!Database.countsMemoryUse)
    }
}
