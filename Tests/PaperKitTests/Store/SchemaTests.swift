import Foundation
import Testing
@testable import PaperKit

struct SchemaTests {
    @Test func embeddedSchemaMatchesSchemaFolder() throws {
        let schemaFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("schema")
        let files = try FileManager.default.contentsOfDirectory(atPath: schemaFolder.path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(files == EmbeddedSchema.migrations.map(\.name), "run scripts/embed-schema after editing schema/")
        for migration in EmbeddedSchema.migrations {
            let onDisk = try String(contentsOf: schemaFolder.appendingPathComponent(migration.name), encoding: .utf8)
            #expect(onDisk.trimmingCharacters(in: .newlines) == migration.sql.trimmingCharacters(in: .newlines),
                    "\(migration.name) differs from its embedded copy: run scripts/embed-schema")
        }
        #expect(EmbeddedSchema.migrations.map(\.version) == Array(1...EmbeddedSchema.migrations.count))
    }

    @Test func migratesOnceAndRecordsEachMigration() throws {
        let temp = try TemporaryStore()
        #expect(try Migrator.currentVersion(temp.store.database) == Migrator.latestVersion)
        let reopened = try Database(path: temp.path)
        #expect(try Migrator.migrate(reopened).isEmpty)
    }

    @Test func refusesADatabaseFromANewerVersion() throws {
        let temp = try TemporaryStore()
        try temp.store.database.execute("INSERT INTO schema_migrations VALUES (999, '999_future.sql', 'x')")
        #expect(throws: StoreError.self) { try PaperStore(path: temp.path) }
    }

    @Test func aFileThatIsNotADatabaseIsACleanError() throws {
        let temp = try TemporaryStore()
        let bogus = temp.folder.appendingPathComponent("bogus.db")
        try Data("this is not sqlite, just text that is long enough to look like a header".utf8).write(to: bogus)
        let error = try #require(throws: StoreError.self) { try PaperStore(path: bogus.path) }
        #expect(error.message.contains("bogus.db"))
    }
}
