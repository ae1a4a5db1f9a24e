import Foundation

/// The settings in `config.json`.
///
/// Every key is optional; a missing key takes the default below, which for the keys of the old Python bot
/// (`../shared/config.seed.json`) is the seed's own value, so `{}` is a valid configuration.
/// `categories` may be empty here (queries and reports need none); commands that fetch feeds call
/// `requireCategories()`.
public struct Configuration: Sendable, Equatable {
    public var categories: [String] = ["cs.AI", "cs.CL", "cs.DC", "cs.LG"]
    public var keywords: [String] = Configuration.seedKeywords
    public var excludeKeywords: [String] = ["survey", "review", "tutorial"]
    public var maxPapers: Int = 30
    public var daysBack: Int = 7
    public var minScore: Double = 2.5
    public var enableDeduplication: Bool = true
    public var deduplicationMethods: [String] = ["id", "title", "link"]
    public var fetchRatings: Bool = true
    public var displayLimit: Int = 500
    public var aiSummary = AISummary()
    /// Database path as written in the file (relative to the config file's folder); see `Paths.database`.
    public var database: String? = nil
    /// How keywords match: whole words (default) or the old bot's substrings.
    public var match: MatchMode = .word
    public var feeds = Feeds()
    /// Harmless problems found while loading (unknown keys), one line each, ready to print.
    public var warnings: [String] = []
    /// The file this configuration came from, when it came from a file.
    public var sourcePath: String? = nil

    public init() {}

    /// The seed's 30 keywords: the default when `keywords` is absent.
    public static let seedKeywords = [
        "LLM", "RL", "RLHF", "Inference", "Training", "Attention", "Pipeline", "MOE", "Sparse", "Quantization",
        "Speculative", "Efficient", "Efficiency", "Framework", "Parallel", "Distributed", "Kernel", "Decode",
        "Decoding", "Prefill", "Throughput", "Fast", "Network", "Hardware", "Cluster", "FP8", "FP4",
        "Optimization", "Scalable", "Communication",
    ]

    /// Settings for AI summaries (`ai_summary`).
    public struct AISummary: Sendable, Equatable {
        public enum Input: String, Sendable, Equatable, CaseIterable { case abstract, fulltext }

        public var enabled: Bool = true
        /// Name of the environment variable holding the API key (never the key itself).
        public var apiKeyEnv: String = "DASHSCOPE_API_KEY"
        public var baseURL: String = "https://dashscope.aliyuncs.com/compatible-mode/v1"
        public var model: String = "qwen-long"
        /// As written in the file; resolve with `Paths.promptFile`.
        public var promptFile: String? = "ai_summary_prompt.txt"
        public var maxPapersToSummarize: Int = 15
        public var maxWorkers: Int = 3
        public var input: Input = .abstract
        public var temperature: Double = 0.3
        /// nil: the summarizer's own default.
        public var timeoutSeconds: Double? = nil
        /// nil: no limit.
        public var maxInputChars: Int? = nil

        public init() {}
    }

    /// Where and how politely feeds are fetched (`feeds`).
    public struct Feeds: Sendable, Equatable {
        public var rssURL: String = "https://rss.arxiv.org/rss/"
        public var apiURL: String = "https://export.arxiv.org/api/query"
        public var oaiURL: String = "https://oaipmh.arxiv.org/oai"
        public var userAgent: String = HTTPOptions.defaultUserAgent
        public var requestDelaySeconds: Double = 3
        public var timeoutSeconds: Double = 60
        public var maxRetries: Int = 3

        public init() {}
    }

    /// Throws unless at least one category is configured; for commands that fetch feeds.
    public func requireCategories() throws {
        if categories.isEmpty { throw ConfigError.noCategories(source: sourcePath ?? "config.json") }
    }

    /// The database path to use: `--db` if given, else `database` from the file, else `papers.db`,
    /// the latter two relative to the config file's folder.
    public func databasePath(explicit: String?) -> String {
        Paths.database(explicit: explicit, configured: database, configFile: sourcePath ?? "config.json")
    }

    /// The prompt file resolved against the config file's folder, if one is configured.
    public func promptFilePath() -> String? {
        aiSummary.promptFile.map { Paths.resolve($0, relativeToFolderOf: sourcePath ?? "config.json") }
    }
}
