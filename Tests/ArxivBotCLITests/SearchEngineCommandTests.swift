import Foundation
import Testing
import TestSupport

/// `ARXIV_BOT_FTS` from the command line: `builtin` answers query and export exactly as the
/// default engine does, and a value that names no engine is refused before a store is touched.
struct SearchEngineCommandTests {
    @Test func theBuiltinEngineWritesTheSameOutput() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        #expect(try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml")).status == 0)
        let commands = [["query", "language model agents", "--format", "json", "--limit", "40"],
                        ["query", "\"reinforcement learning\" OR plan*", "--format", "csv", "--category", "cs.AI"],
                        ["query", "agents", "--sort", "date", "--format", "json"],
                        ["export", "--format", "jsonl"]]
        for command in commands {
            let custom = try cli.run(command, environment: ["ARXIV_BOT_FTS": "custom"])
            let builtin = try cli.run(command, environment: ["ARXIV_BOT_FTS": "builtin"])
            #expect(custom.status == 0 && builtin.status == 0)
            #expect(custom.stdout.count > 1_000, "\(command) should print results")
            #expect(custom.stdout == builtin.stdout, "\(command)")
            #expect(builtin.stderr.isEmpty, "a chosen engine needs no warning: \(builtin.stderr)")
        }
    }

    @Test func anUnknownEngineIsRefusedBeforeTheStoreIsCreated() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let result = try cli.run(["query", "agents"], environment: ["ARXIV_BOT_FTS": "fastest"])
        #expect(result.status == 78)
        #expect(result.stderr == "arxiv-bot: error: ARXIV_BOT_FTS=fastest names no search engine; use custom, builtin, or leave it unset\n")
        #expect(!FileManager.default.fileExists(atPath: cli.path("papers.db")))
    }
}
