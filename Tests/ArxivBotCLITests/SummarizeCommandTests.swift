import Foundation
import Testing
import TestSupport

struct SummarizeCommandTests {
    static let key = "sk-cli-SECRET-777"

    /// A local OpenAI-compatible server answering every request with a fixed Markdown summary.
    func chatServer() throws -> LocalHTTPServer {
        try LocalHTTPServer { _ in
            let body = ###"{"choices":[{"message":{"role":"assistant","content":"## 1. Contributions\nA **mock** ablation summary."}}],"usage":{"prompt_tokens":10,"completion_tokens":5}}"###
            return .init(status: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
        }
    }

    func folder(baseURL: String, keyVariable: String = "ARXIV_BOT_TEST_KEY") throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.write("config.json", """
            {"categories": ["cs.AI"], "keywords": ["LLM", "agent", "agents", "reasoning"], "min_score": 1,
             "ai_summary": {"enabled": true, "api_key_env": "\(keyVariable)", "base_url": "\(baseURL)",
                            "model": "qwen-long", "max_papers_to_summarize": 3, "max_workers": 2}}
            """)
        _ = try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"))
        return cli
    }

    @Test func aMissingKeyIsRefusedBeforeAnyRequest() throws {
        let cli = try folder(baseURL: "https://llm.invalid/v1", keyVariable: "ARXIV_BOT_UNSET_KEY_VARIABLE")
        let result = try cli.run(["summarize", "--date", "2026-07-27"])
        #expect(result.status == 78)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("ARXIV_BOT_UNSET_KEY_VARIABLE"))
    }

    @Test func aMissingPromptFileIsAWarningAndTheBuiltInPromptIsUsed() throws {
        let server = try chatServer()
        let cli = try CLIRunner()
        try cli.write("config.json", """
            {"categories": ["cs.AI"], "keywords": ["LLM"], "min_score": 1,
             "ai_summary": {"enabled": true, "api_key_env": "K", "base_url": "\(server.baseURL)/v1", "model": "m",
                            "max_papers_to_summarize": 1, "prompt_file": "ai_summary_prompt.txt"}}
            """)
        _ = try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"))
        let result = try cli.run(["summarize", "--date", "2026-07-27"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: ai_summary.prompt_file ai_summary_prompt.txt does not exist; using the built-in prompt"),
                "\(result.stderr)")
        #expect(server.requests.first?.text.contains("论文总结") == true, "the built-in prompt was sent")
    }

    @Test func summariesFlowIntoReportsSearchAndExportAndAreNotRequestedTwice() throws {
        let server = try chatServer()
        let cli = try folder(baseURL: server.baseURL + "/v1")
        let environment = ["ARXIV_BOT_TEST_KEY": Self.key]
        let first = try cli.run(["summarize", "--date", "2026-07-27"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("summarized 3 papers with qwen-long (0 skipped: already summarized, 0 failed) in "))
        #expect(server.requests.count == 3)
        #expect(server.requests.allSatisfy { $0.header("Authorization") == "Bearer \(Self.key)" })

        let second = try cli.run(["summarize", "--date", "2026-07-27"], environment: environment)
        #expect(second.stdout.hasPrefix("summarized 0 papers with qwen-long (3 skipped"))
        #expect(server.requests.count == 3, "nothing is sent the second time")

        let readme = try cli.run(["report", "--date", "2026-07-27", "--min-score", "1"])
        #expect(readme.stdout.contains("<details>\n<summary><strong>🤖 AI Summary (by qwen-long)</strong> - Click to expand</summary>"))
        #expect(readme.stdout.contains("A **mock** ablation summary."))

        let search = try cli.run(["query", "summary:ablation", "--format", "ids"])
        #expect(search.stdout.split(separator: "\n").count == 3)

        let csv = try cli.run(["export", "--min-score", "1"])
        #expect(csv.stdout.hasPrefix("arxiv_id,") && csv.stdout.split(separator: "\r\n")[0].hasSuffix(",abstract,summary"))
        #expect(csv.stdout.contains("A **mock** ablation summary."))

        for output in [first.stdout, first.stderr, second.stdout, readme.stdout, csv.stdout] {
            #expect(!output.contains(Self.key))
        }
        let database = try Data(contentsOf: URL(fileURLWithPath: cli.path("papers.db")))
            + ((try? Data(contentsOf: URL(fileURLWithPath: cli.path("papers.db-wal")))) ?? Data())
        #expect(database.range(of: Data(Self.key.utf8)) == nil)
    }

    @Test func unknownIDsAreNamed() throws {
        let server = try chatServer()
        let cli = try folder(baseURL: server.baseURL + "/v1")
        let result = try cli.run(["summarize", "--ids", "2607.21981", "2699.99999"], environment: ["ARXIV_BOT_TEST_KEY": Self.key])
        #expect(result.status == 66 && result.stderr.contains("2699.99999"))
        #expect(server.requests.isEmpty)
    }

    @Test func ingestSummarizeIsTheDailyJob() throws {
        let server = try chatServer()
        let cli = try CLIRunner()
        try cli.write("config.json", """
            {"categories": ["cs.AI"], "keywords": ["LLM", "agent"], "min_score": 1,
             "ai_summary": {"api_key_env": "ARXIV_BOT_TEST_KEY", "base_url": "\(server.baseURL)/v1", "max_papers_to_summarize": 2}}
            """)
        let result = try cli.run(["ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"), "--summarize"],
                                 environment: ["ARXIV_BOT_TEST_KEY": Self.key])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix("ingested 1 source") && lines[1].hasPrefix("summarized 2 papers"))
    }
}
