import Foundation
import Testing
import TestSupport

struct QueryExportCommandTests {
    /// A folder with the seed config and a store holding the cs.AI feed of 2026-07-27.
    func ingested() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        _ = try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"))
        return cli
    }

    @Test func jsonResultsParseWithTheDocumentedFields() throws {
        let cli = try ingested()
        let result = try cli.run("query", "language model agents", "--format", "json", "--limit", "3")
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 3)
        for key in ["arxiv_id", "version", "title", "authors", "categories", "primary_category", "published", "date",
                    "score", "keyword_hits", "snippet", "url"] {
            #expect(array[0].keys.contains(key), "missing \(key)")
        }
        #expect((array[0]["url"] as? String)?.hasPrefix("https://arxiv.org/abs/") == true)
    }

    @Test func csvAndIDsFormats() throws {
        let cli = try ingested()
        let csv = try cli.run("query", "quantum", "--format", "csv", "--limit", "5")
        #expect(csv.stdout.hasPrefix("arxiv_id,version,title,authors,primary_category,categories,date,"))
        let ids = try cli.run("query", "quantum", "--format", "ids", "--limit", "5")
        let lines = ids.stdout.split(separator: "\n")
        #expect(lines.count == 5 && lines.allSatisfy { $0.hasPrefix("2") && $0.contains("v") })
        let table = try cli.run("query", "quantum", "--format", "table", "--limit", "2")
        #expect(table.stdout.contains("[quantum]") || table.stdout.contains("[Quantum]"))
    }

    @Test func noResultsIsEmptyOutputANoteAndSuccess() throws {
        let cli = try ingested()
        let json = try cli.run("query", "xyzzyplugh", "--format", "json")
        #expect(json.status == 0 && json.stdout == "[]\n" && json.stderr.contains("no papers match"))
        let ids = try cli.run("query", "xyzzyplugh", "--format", "ids")
        #expect(ids.status == 0 && ids.stdout.isEmpty)
        let csv = try cli.run("query", "xyzzyplugh", "--format", "csv")
        #expect(csv.status == 0 && csv.stdout.hasPrefix("arxiv_id,version,title,") && csv.stdout.split(separator: "\n").count == 1)
    }

    @Test func controlCharactersFromAFeedNeverReachTheTerminal() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let line = try #require(String(decoding: try Fixtures.data("jsonl/kaggle-arxiv-metadata-oai-snapshot-head.jsonl"), as: UTF8.self)
            .split(separator: "\n").first)
        var record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        record["title"] = "Escaped \u{1B}[31mred\u{1B}[0m title\u{07} with a bell"
        try cli.write("evil.jsonl", String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n")
        #expect(try cli.run("ingest", "--input", cli.path("evil.jsonl")).status == 0)
        let table = try cli.run("query", "escaped", "--format", "table")
        #expect(table.status == 0 && table.stdout.contains("Escaped [31mred[0m title with a bell"))
        #expect(!table.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func rawSyntaxErrorsAreOneLineAndExit64() throws {
        let cli = try ingested()
        let result = try cli.run("query", "a OR", "--raw")
        #expect(result.status == 64 && result.stderr.split(separator: "\n").count == 1)
        #expect(try cli.run("query", "a OR (", "--format", "ids").status == 0, "without --raw nothing is syntax")
    }

    @Test func exportWritesAtomicallyAndCountsRows() throws {
        let cli = try ingested()
        let result = try cli.run("export", "--from", "2026-07-27", "--to", "2026-07-27", "--min-score", "3",
                                 "--output", cli.path("out.csv"))
        #expect(result.status == 0)
        let text = try String(contentsOfFile: cli.path("out.csv"), encoding: .utf8)
        #expect(text.hasPrefix("arxiv_id,"))
        #expect(result.stderr.contains("exported"))
        let jsonl = try cli.run("export", "--format", "jsonl", "--include-excluded")
        #expect(jsonl.stdout.split(separator: "\n").count == 223)
    }

    @Test(arguments: [
        ["query", "x", "--since", "2026-02-30"],
        ["query", "x", "--since", "yesterday"],
        ["export", "--from", "2026-02-01", "--to", "2026-01-01"],
        ["query", "x", "--limit", "-1"],
        ["query", "x", "--category", "Computer Science"],
        ["query", "x", "--type", "newish"],
        ["export", "--format", "xlsx"],
        ["export", "--from", "2025-01-01", "--since", "2025-02-01"],
    ])
    func badInputIsAUsageError(arguments: [String]) throws {
        let cli = try ingested()
        let process = try cli.run(arguments)
        #expect(process.status == 64, "\(arguments): \(process.stderr)")
        // One line naming the problem and where to read more, not the whole usage text.
        #expect(process.stderrLines.count == 1, "\(arguments): \(process.stderr)")
        #expect(process.stderr.hasPrefix("arxiv-bot: error: ") && process.stderr.contains("--help"), "\(process.stderr)")
        #expect(process.stdout.isEmpty)
    }

    @Test func aMissingDatabaseSaysToIngestFirst() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        for command in [["query", "x"], ["export"]] {
            let result = try cli.run(command)
            #expect(result.status == 66 && result.stderr.contains("arxiv-bot ingest"))
            #expect(!FileManager.default.fileExists(atPath: cli.path("papers.db")))
        }
    }

    @Test func aCorruptDatabaseIsOneClearLine() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        try cli.write("papers.db", String(repeating: "not a database ", count: 100))
        let result = try cli.run("query", "x")
        #expect(result.status == 66 && result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("papers.db is not an arxiv-bot database") && result.stderr.contains("arxiv-bot ingest"))
    }
}
