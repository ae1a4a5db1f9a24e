import Foundation

/// The settings in `config.json`.
///
/// Every key is optional; a missing key takes the default below, which for the keys of the old Python bot
/// (`../shared/config.seed.json`) is the seed's own value, so `{}` is a valid configuration.
/// `categories` may be empty here (queries and reports need none); commands that fetch feeds call
/// `requireCategories()`.
public struct Configuration: Sendable, Equatable {
    /// `categories`: the categories fetched (daily feed, backfill) and kept in digests (a paper needs any one).
    public var categories: [String] = ["cs.AI", "cs.CL", "cs.DC", "cs.LG"]
    /// `keywords`: each one a paper contains adds 1 to its score, 1.5 when it is in the title.
    public var keywords: [String] = Configuration.seedKeywords
    /// `exclude_keywords`: a paper containing one is still scored but marked excluded, and left out of digests.
    public var excludeKeywords: [String] = ["survey", "review", "tutorial"]
    /// `max_papers`: at most this many papers in a digest, best score first (`--limit` overrides).
    public var maxPapers: Int = 30
    /// `days_back`: how many days, ending today, a report or served feed covers when no dates are given.
    public var daysBack: Int = 7
    /// `min_score`: papers scoring below it are left out of digests.
    public var minScore: Double = 2.5
    /// `enable_deduplication`: validated for the old bot's files, but nothing reads it.
    public var enableDeduplication: Bool = true
    /// `deduplication_methods`: validated (id, title, link), but nothing reads it.
    public var deduplicationMethods: [String] = ["id", "title", "link"]
    /// `fetch_ratings`: validated for the old bot's files, but nothing reads it.
    public var fetchRatings: Bool = true
    /// `display_limit`: validated for the old bot's files, but nothing reads it.
    public var displayLimit: Int = 500
    public var aiSummary = AISummary()
    /// Database path as written in the file (relative to the config file's folder); see `Paths.database`.
    public var database: String? = nil
    /// How keywords match: whole words (default) or the old bot's substrings.
    public var match: MatchMode = .word
    public var feeds = Feeds()
    /// `watches`: saved searches, by name (`Watch`).
    public var watches: [Watch] = []
    /// `mail`: how digests are sent by e-mail; nil when the block is absent (mail not configured).
    public var mail: Mail? = nil
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
        /// `input`'s values: what the model is given for each paper.
        public enum Input: String, Sendable, Equatable, CaseIterable { case abstract, fulltext }

        /// `ai_summary.enabled`: whether the server's daily job summarizes after ingesting; `summarize` ignores it.
        public var enabled: Bool = true
        /// Name of the environment variable holding the API key (never the key itself).
        public var apiKeyEnv: String = "DASHSCOPE_API_KEY"
        /// `ai_summary.base_url`: OpenAI-compatible endpoint (http or https); requests go to `{base_url}/chat/completions`.
        public var baseURL: String = "https://dashscope.aliyuncs.com/compatible-mode/v1"
        /// `ai_summary.model`: the model name sent with every summary request.
        public var model: String = "qwen-long"
        /// As written in the file; resolve with `Paths.promptFile`.
        public var promptFile: String? = "ai_summary_prompt.txt"
        /// `ai_summary.max_papers_to_summarize`: papers summarized from the top of the digest when no limit is given;
        /// never more than `max_papers`.
        public var maxPapersToSummarize: Int = 15
        /// `ai_summary.max_workers`: summary requests in flight at once (1...64).
        public var maxWorkers: Int = 3
        /// `ai_summary.input`: `fulltext` downloads each PDF through the arXiv client and sends its text
        /// (the abstract when pdftotext is not installed).
        public var input: Input = .abstract
        /// `ai_summary.temperature`: sent with every summary request (0...2).
        public var temperature: Double = 0.3
        /// `ai_summary.timeout_seconds`: limit of one summary request; nil: `defaultTimeoutSeconds`.
        public var timeoutSeconds: Double? = nil
        /// `ai_summary.max_input_chars`: full text is cut to this many characters; nil: `defaultMaxInputChars`.
        public var maxInputChars: Int? = nil

        /// The limit of one summary request when `timeout_seconds` is absent or null: 180 s.
        public static let defaultTimeoutSeconds: Double = 180
        /// The cut of a paper's full text when `max_input_chars` is absent or null.
        public static let defaultMaxInputChars = 100_000

        public init() {}
    }

    /// Where and how politely feeds are fetched (`feeds`).
    public struct Feeds: Sendable, Equatable {
        /// `feeds.rss_url`: base of the daily feed; the categories are appended, joined by `+`.
        public var rssURL: String = "https://rss.arxiv.org/rss/"
        /// `feeds.api_url`: the arXiv API, used by backfills through the API.
        public var apiURL: String = "https://export.arxiv.org/api/query"
        /// `feeds.oai_url`: the OAI-PMH endpoint, used by backfills through OAI-PMH.
        public var oaiURL: String = "https://oaipmh.arxiv.org/oai"
        /// `feeds.user_agent`: sent with every request, to arXiv and to the summary endpoint alike.
        public var userAgent: String = HTTPOptions.defaultUserAgent
        /// `feeds.request_delay_seconds`: least time between the starts of two arXiv requests of this process.
        public var requestDelaySeconds: Double = 3
        /// `feeds.timeout_seconds`: whole-transfer limit of one arXiv request (feeds, backfill pages, PDFs).
        public var timeoutSeconds: Double = 60
        /// `feeds.max_retries`: retries after a failed request (0...20), for arXiv and the summary endpoint.
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
