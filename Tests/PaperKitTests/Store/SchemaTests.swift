import CSQLite
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

    /// New stores get 8 KB pages (a 1.4 KB paper row wastes half as much as in 4 KB pages); a store
    /// made with 4 KB pages keeps them, since the size cannot change once the file has tables.
    @Test func newStoresHave8KBPagesAndOldOnesKeepTheirs() throws {
        let temp = try TemporaryStore()
        #expect(try temp.store.database.prepare("PRAGMA page_size").first { $0.int(0) } == 8192)
        let path = NSTemporaryDirectory() + "old-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var old: OpaquePointer?
        #expect(sqlite3_open(path, &old) == SQLITE_OK)
        #expect(sqlite3_exec(old, "PRAGMA page_size = 4096; CREATE TABLE t (x)", nil, nil, nil) == SQLITE_OK)
        sqlite3_close(old)
        let reopened = try PaperStore(path: path)
        #expect(try reopened.database.prepare("PRAGMA page_size").first { $0.int(0) } == 4096)
        #expect(try Migrator.currentVersion(reopened.database) == Migrator.latestVersion)
    }

    /// The snippet function tokenizes as the index does: its tokenizer arguments are the ones the
    /// schema gives the table (a change to either fails here), and the index has one column per weight.
    @Test func theIndexDefinitionMatchesTheCode() throws {
        let temp = try TemporaryStore()
        let sql = try #require(try temp.store.database.prepare("SELECT sql FROM sqlite_master WHERE name = 'papers_fts'").first { $0.text(0) })
        let tokenize = "tokenize = 'porter unicode61 \(SnippetFunction.tokenizerArguments.joined(separator: " "))'"
        #expect(sql.contains(tokenize), "\(sql)")
        let columns = try temp.store.database.prepare("SELECT count(*) FROM pragma_table_info('papers_fts')").first { $0.int(0) }
        #expect(columns == PaperStore.columnWeights.count)
    }

    @Test func authorSearchFoldsStrokedLettersInNewAndMigratedNames() throws {
        let temp = try TemporaryStore()
        let names = ["Łukasz Dębowski", "Arnt-Børre Ådnanes", "Đorđe Yıldız", "Æsa Þórsdóttir", "Plain Name"]
        try temp.store.write(record("2607.00001", authors: names), score: noScore, now: "2026-07-27T00:00:00Z")
        var request = SearchRequest(text: "")
        for query in ["lukasz debowski", "BORRE", "dorde yildiz", "aesa thorsdottir"] {
            request.filter.author = query
            #expect(try temp.store.search(request).count == 1, "\(query)")
        }
        // A store from before 005: names folded without the letter table, then migrated.
        let db = temp.store.database
        for name in names {
            try db.prepare("UPDATE authors SET folded = ? WHERE name = ?")
                .run([.text(name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)), .text(name)])
        }
        try DisplayColumnsTests.dropDisplayColumns(db)
        try SchemaRollback.forget(from: 5, in: db)
        #expect(try Migrator.migrate(db) == [5, 6, 7, 8, 9, 10])
        for name in names {
            #expect(try db.prepare("SELECT folded FROM authors WHERE name = ?").first([.text(name)]) { $0.text(0) } == name.foldedForSearch)
        }
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
