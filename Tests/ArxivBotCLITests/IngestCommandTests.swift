import Foundation
import Testing
import TestSupport

struct IngestCommandTests {
    let sample: String

    init() throws { sample = try Fixtures.path("rss/cs.AI-2026-07-27.xml") }

    @Test func ingestPrintsOneSummaryLineAndIsIdempotent() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let first = try cli.run("ingest", "--input", sample)
        #expect(first.status == 0)
        #expect(first.stdout == "ingested 1 source: 223 papers (223 new, 0 updated), 223 announcements, 0 failed\n")
        #expect(first.stderr.isEmpty, "no progress when stderr is not a terminal: \(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: cli.path("papers.db")), "papers.db next to config.json")
        let second = try cli.run("ingest", "--input", sample, "--verbose")
        #expect(second.stdout == "ingested 1 source: 223 papers (0 new, 0 updated), 0 announcements, 0 failed\n")
        #expect(second.stderrLines.count == 1 && second.stderr.contains("223 records"))
        #expect(try cli.run("ingest", "--input", sample, "--quiet").stdout.isEmpty)
    }

    @Test func aBadSourceFailsAloneWithItsExitCode() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let result = try cli.run("ingest", "--input", Fixtures.path("rss/atom-variant/cs.AI-2025-08-20.atom.xml"),
                                 Fixtures.path("rss/trimmed/cs.CL-2026-04-27-3items.xml"))
        #expect(result.status == 65)
        #expect(result.stdout == "ingested 2 sources: 3 papers (3 new, 0 updated), 3 announcements, 1 failed\n")
        #expect(result.stderrLines.count == 1 && result.stderr.contains("cs.AI-2025-08-20.atom.xml:1233"))
    }

    @Test func aSkippedRecordIsAWarningWithItsLineAndExit65() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        var lines = String(decoding: try BulkFiles.kaggle(count: 1_000), as: UTF8.self).split(separator: "\n").map(String.init)
        lines[499] = #"{"id": "3001.00500", "title": "cut off"#
        try cli.write("dump.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try cli.run("ingest", "--input", "dump.jsonl")
        #expect(result.status == 65)
        #expect(result.stdout == "ingested 1 source: 999 papers (999 new, 0 updated), 0 announcements, 0 failed, 1 record skipped\n")
        #expect(result.stderr == "arxiv-bot: warning: dump.jsonl:500: not valid json (skipped)\n")
        let status = try cli.run("status")
        #expect(status.status == 0 && !status.stdout.contains("interrupted"), "\(status.stdout)")
    }

    /// The daily feed and a backfill need categories: refused (78) before the store is created.
    @Test func noCategoriesIsRefusedBeforeAnythingIsWritten() throws {
        let cli = try CLIRunner()
        try cli.write("config.json", #"{"categories": []}"#)
        for arguments in [["ingest"], ["ingest", "--from", "2026-01-05"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 78)
            #expect(result.stderr == "arxiv-bot: error: config.json: categories is empty; name at least one arXiv category "
                    + "such as cs.AI (ingest --input reads files without one)\n")
            #expect(!FileManager.default.fileExists(atPath: cli.path("papers.db")))
        }
        #expect(try cli.run("ingest", "--input", sample).status == 0, "files need no category")
    }

    @Test func restartNeedsAFileOrABackfill() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let result = try cli.run("ingest", "--restart")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--restart needs --input or --from"))
        #expect(try cli.run("ingest", "--input", sample, "--batch-size", "0").status == 64)
    }

    @Test func aMissingInputExits66() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let result = try cli.run("ingest", "--input", "no-such-feed.xml")
        #expect(result.status == 66)
        #expect(result.stderr.contains("no-such-feed.xml"))
    }

    @Test(arguments: [
        (#"{"max_papers": "ten"}"#, "max_papers"),
        (#"{"categories": ["cs.AI", ""]}"#, "categories[1]"),
        (#"{"keywords": ["LLM",}"#, "not valid JSON"),
        (#"{"feeds": {"request_delay_seconds": -1}}"#, "feeds.request_delay_seconds"),
        (#"{"match": "fuzzy"}"#, "match"),
    ])
    func anInvalidConfigIsRejectedBeforeAnythingIsWritten(config: String, names: String) throws {
        let cli = try CLIRunner()
        try cli.write("config.json", config)
        let result = try cli.run("ingest", "--input", sample)
        #expect(result.status == 78)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains(names) && result.stderr.contains("config.json"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("papers.db")))
    }

    @Test func aMissingConfigExits66() throws {
        let cli = try CLIRunner()
        let result = try cli.run("ingest", "--input", sample)
        #expect(result.status == 66)
        #expect(result.stderr.contains("config.json"))
    }

    @Test func unknownKeysWarnButRun() throws {
        let cli = try CLIRunner()
        try cli.write("config.json", #"{"categories": ["cs.AI"], "max_paper": 3}"#)
        let result = try cli.run("ingest", "--input", sample, "--db", cli.path("other.db"))
        #expect(result.status == 0)
        #expect(result.stderr.contains("max_paper") && result.stderr.contains("warning"))
        #expect(FileManager.default.fileExists(atPath: cli.path("other.db")))
    }

    @Test func rescoreFollowsTheEditedKeywords() throws {
        let cli = try CLIRunner()
        try cli.write("config.json", #"{"keywords": ["agent"]}"#)
        _ = try cli.run("ingest", "--input", sample)
        try cli.write("config.json", #"{"keywords": ["quantum"]}"#)
        let result = try cli.run("rescore")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("rescored 223 papers: "))
        let changed = Int(result.stdout.split(separator: " ")[3]) ?? 0
        #expect(changed > 10, "\(result.stdout)")
    }
}
