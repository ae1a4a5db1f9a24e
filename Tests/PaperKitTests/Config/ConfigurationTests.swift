import Foundation
import Testing
import TestSupport
@testable import PaperKit

struct ConfigurationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func decode(_ json: String) throws -> Configuration {
        try Configuration.decode(data: Data(json.utf8), source: "config.json")
    }

    @Test func emptyObjectTakesSeedDefaults() throws {
        let c = try decode("{}")
        #expect(c == Configuration())
        #expect(c.categories == ["cs.AI", "cs.CL", "cs.DC", "cs.LG"])
        #expect(c.keywords.count == 30)
        #expect(c.excludeKeywords == ["survey", "review", "tutorial"])
        #expect(c.maxPapers == 30 && c.daysBack == 7 && c.minScore == 2.5 && c.displayLimit == 500)
        #expect(c.match == .word)
        #expect(c.database == nil)
        #expect(c.aiSummary.input == .abstract && c.aiSummary.temperature == 0.3 && c.aiSummary.timeoutSeconds == nil)
        #expect(c.feeds.rssURL == "https://rss.arxiv.org/rss/")
        #expect(c.feeds.apiURL == "https://export.arxiv.org/api/query")
        #expect(c.feeds.oaiURL == "https://oaipmh.arxiv.org/oai")
        #expect(c.feeds.requestDelaySeconds == 3 && c.feeds.timeoutSeconds == 60 && c.feeds.maxRetries == 3)
        #expect(c.feeds.userAgent.hasPrefix("arxiv-bot/"))
        #expect(c.warnings.isEmpty)
    }

    @Test func seedFileLoadsUnchanged() throws {
        let path = try Fixtures.seedConfigPath()
        let c = try Configuration.load(from: path)
        #expect(c.sourcePath == path)
        #expect(c.categories == ["cs.AI", "cs.CL", "cs.DC", "cs.LG"])
        #expect(c.keywords == Configuration.seedKeywords)
        #expect(c.keywords.first == "LLM" && c.keywords.last == "Communication")
        #expect(c.excludeKeywords == ["survey", "review", "tutorial"])
        #expect(c.maxPapers == 30 && c.daysBack == 7 && c.minScore == 2.5)
        #expect(c.enableDeduplication && c.fetchRatings && c.displayLimit == 500)
        #expect(c.deduplicationMethods == ["id", "title", "link"])
        #expect(c.aiSummary.enabled && c.aiSummary.model == "qwen-long" && c.aiSummary.apiKeyEnv == "DASHSCOPE_API_KEY")
        #expect(c.aiSummary.maxPapersToSummarize == 15 && c.aiSummary.maxWorkers == 3)
        #expect(c.promptFilePath() == Fixtures.folder.appendingPathComponent("ai_summary_prompt.txt").path)
        #expect(c.match == .word)
        #expect(c.warnings.isEmpty)
    }

    @Test func defaultConfigFileIsTheSeedPlusNewKeys() throws {
        let path = Self.packageRoot.appendingPathComponent("config.json").path
        let c = try Configuration.load(from: path)
        let seed = try Configuration.load(from: Fixtures.seedConfigPath())
        #expect(c.warnings.isEmpty)
        #expect(c.categories == seed.categories && c.keywords == seed.keywords && c.excludeKeywords == seed.excludeKeywords)
        #expect(c.minScore == seed.minScore && c.aiSummary == seed.aiSummary)
        #expect(c.database == "papers.db")
        #expect(c.databasePath(explicit: nil) == Self.packageRoot.appendingPathComponent("papers.db").path)
        #expect(c.feeds == Configuration.Feeds())
        #expect(c.match == .word)
    }

    @Test func readsEveryNewKey() throws {
        let c = try decode("""
        {"match": "substring", "database": "data/p.db", "min_score": 3,
         "ai_summary": {"input": "fulltext", "temperature": 0, "timeout_seconds": 30, "max_input_chars": 20000, "prompt_file": null},
         "feeds": {"rss_url": "file:///tmp/rss/", "request_delay_seconds": 0, "timeout_seconds": 2.5, "max_retries": 0,
                   "user_agent": "test-agent"}}
        """)
        #expect(c.match == .substring && c.database == "data/p.db" && c.minScore == 3)
        #expect(c.aiSummary.input == .fulltext && c.aiSummary.temperature == 0)
        #expect(c.aiSummary.timeoutSeconds == 30 && c.aiSummary.maxInputChars == 20000 && c.aiSummary.promptFile == nil)
        #expect(c.feeds.rssURL == "file:///tmp/rss/" && c.feeds.requestDelaySeconds == 0)
        #expect(c.feeds.timeoutSeconds == 2.5 && c.feeds.maxRetries == 0 && c.feeds.userAgent == "test-agent")
    }

    @Test(arguments: ["cs.AI", "hep-th", "math.AG", "quant-ph", "physics.optics", "astro-ph.CO", "cond-mat.mes-hall",
                      "q-bio.NC", "stat.ML", "cs"])
    func acceptsArxivCategories(category: String) throws {
        let c = try decode(#"{"categories": ["\#(category)"]}"#)
        #expect(c.categories == [category])
    }

    @Test func emptyCategoriesLoadButIngestRefuses() throws {
        let c = try decode(#"{"categories": []}"#)
        #expect(c.categories.isEmpty)
        #expect(throws: ConfigError.noCategories(source: "config.json")) { try c.requireCategories() }
        try Configuration().requireCategories()
    }

    @Test func unknownKeysWarn() throws {
        let c = try decode(#"{"foo": 1, "max_paper": 3, "feeds": {"rss": "x"}, "ai_summary": {"modle": "m"}}"#)
        #expect(c.warnings == [
            #"config.json: unknown key "foo" ignored"#,
            #"config.json: unknown key "max_paper" ignored; did you mean "max_papers"?"#,
            #"config.json: unknown key "ai_summary.modle" ignored; did you mean "ai_summary.model"?"#,
            #"config.json: unknown key "feeds.rss" ignored"#,
        ])
    }

    @Test func missingFileIsNoInput() throws {
        let error = #expect(throws: ConfigError.self) { try Configuration.load(from: "/nonexistent/config.json") }
        #expect(error?.exitCode == .noInput)
        #expect(error?.message == "config file not found: /nonexistent/config.json; create one (see README) or pass --config")
    }

    @Test func invalidJSONNamesTheLine() throws {
        let error = #expect(throws: ConfigError.self) { try decode("{\n  \"a\": 1,\n  \"b\": 2\n  \"c\": 3\n}") }
        #expect(error?.exitCode == .config)
        let message = try #require(error?.message)
        #expect(message.hasPrefix("config.json is not valid JSON (line 4): "), "\(message)")
        #expect(message.contains("near \"c\": 3"), "\(message)")
        let empty = #expect(throws: ConfigError.self) { try decode("  \n") }
        #expect(empty?.message == "config.json is not valid JSON: the file is empty; put {} in it to use the defaults")
        for bad in ["", "[1, 2]", "\"text\"", "{\"a\": }"] {
            let e = #expect(throws: ConfigError.self) { try decode(bad) }
            #expect(e?.message.hasPrefix("config.json") == true)
            #expect(e?.exitCode == .config)
        }
    }
}
