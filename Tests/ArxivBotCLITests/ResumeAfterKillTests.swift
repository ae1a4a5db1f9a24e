import Foundation
import PaperKit
import Testing
import TestSupport

/// A multi-batch import killed with SIGKILL (no chance to clean up: a crash, a power cut) and run
/// again ends with the store a clean single run makes, and the second run reads only the rest.
struct ResumeAfterKillTests {
    static let records = 6_000
    static let batch = "300"

    @Test(arguments: ["kaggle.jsonl", "feed.xml"])
    func aKilledImportResumesToTheStoreOfACleanRun(file: String) throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let data = file.hasSuffix(".jsonl") ? try BulkFiles.kaggle(count: Self.records) : try BulkFiles.rss(count: Self.records)
        try data.write(to: URL(fileURLWithPath: cli.path(file)))
        let arguments = ["ingest", "--input", file, "--batch-size", Self.batch]

        let killedAt = try Self.killWhenCommitted(cli, arguments + ["--db", "resumed.db"], atLeast: 900)
        #expect(killedAt >= 900 && killedAt < Self.records, "killed after a commit, before the end")

        let status = try cli.run("status", "--db", "resumed.db", "--format", "json")
        let open = try #require(try Self.json(status.stdout)["open_runs"] as? [[String: Any]])
        #expect(open.count == 1)
        #expect(open.first?["state"] as? String == "interrupted")
        #expect(open.first?["resume_after_record"] as? Int == killedAt)

        sleep(1)  // ledger times are to the second: papers the second run writes are then newer than all before
        let resumed = try cli.run(arguments + ["--db", "resumed.db"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.hasPrefix("resuming \(file) after record \(killedAt) (committed "), "\(resumed.stderr)")
        #expect(resumed.stdout == "ingested 1 source: \(Self.records) papers (\(Self.records - killedAt) new, 0 updated), "
                + "\(file.hasSuffix(".xml") ? Self.records - killedAt : 0) announcements, 0 failed\n")

        let clean = try cli.run(arguments + ["--db", "clean.db"])
        #expect(clean.status == 0, "\(clean.stderr)")
        let resumedDB = try Database(path: cli.path("resumed.db")), cleanDB = try Database(path: cli.path("clean.db"))
        for sql in Self.comparisons {
            #expect(try Self.rows(resumedDB, sql) == Self.rows(cleanDB, sql), "\(sql)")
        }
        let (live, rebuilt) = try FTSRebuild.instances(resumedDB)
        #expect(live == rebuilt && live.count > 100_000)
        // The first run's row is closed, naming the run that resumed it; no resume point is left.
        #expect(try Self.rows(resumedDB, "SELECT status, error FROM ingest_runs ORDER BY id")
                == ["failed|interrupted; resumed after record \(killedAt) by run 2", "ok|"])
        #expect(try Self.rows(resumedDB, "SELECT count(*) FROM source_positions") == ["0"])
        // Read only the rest: the second run wrote (last_seen) every paper after the resume point, none before it.
        let byRun2 = try Self.rows(resumedDB, """
            SELECT arxiv_id <= '\(BulkFiles.freshID(killedAt - 1))', count(*) FROM papers
            WHERE last_seen >= (SELECT started_at FROM ingest_runs WHERE id = 2) GROUP BY 1
            """)
        #expect(byRun2 == ["0|\(Self.records - killedAt)"])
    }

    /// What must be equal between the resumed store and the clean one.
    static let comparisons = [
        "SELECT arxiv_id, version, title, abstract, score, excluded, author_names, category_list, hit_list, first_announced, first_type FROM papers ORDER BY arxiv_id",
        "SELECT p.arxiv_id, a.day, a.type, a.feed FROM announcements a JOIN papers p ON p.id = a.paper_id ORDER BY 1, 2, 3",
        "SELECT p.arxiv_id, k.keyword, k.field, k.count FROM keyword_hits k JOIN papers p ON p.id = k.paper_id ORDER BY 1, 2, 3",
        "SELECT count(*), count(DISTINCT name) FROM authors",
        "SELECT title, abstract, authors FROM paper_documents ORDER BY title, abstract",
    ]

    /// Starts the import, waits until a batch of at least `atLeast` records is committed, kills it
    /// with SIGKILL, and returns the committed resume point.
    static func killWhenCommitted(_ cli: CLIRunner, _ arguments: [String], atLeast: Int) throws -> Int {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = cli.folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) }; process.waitUntilExit() }
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline && process.isRunning {
            if let committed = try? committedRecords(cli.path("resumed.db")), committed >= atLeast {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return try committedRecords(cli.path("resumed.db")) ?? -1
            }
            usleep(10_000)
        }
        Issue.record("the import ended (or hung) before a batch of \(atLeast) records was committed")
        return -1
    }

    static func committedRecords(_ path: String) throws -> Int? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let db = try Database(path: path, readOnly: true)
        return try db.prepare("SELECT records FROM source_positions").first { $0.int(0) }
    }

    static func rows(_ db: Database, _ sql: String) throws -> [String] {
        var rows: [String] = []
        try db.prepare(sql).forEach { row in
            rows.append((0..<row.columnCount).map { row.optionalText($0) ?? "" }.joined(separator: "|"))
        }
        return rows
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
