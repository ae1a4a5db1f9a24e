import Foundation

extension Configuration {
    /// Reads and validates the configuration file at `path`.
    ///
    /// Throws `ConfigError.fileNotFound` (exit 66) when there is no file, and another `ConfigError` (exit 78)
    /// naming the file and key path when the file is not valid JSON or holds an impossible value.
    /// Unknown keys are not errors: they land in `warnings`.
    ///
    /// Rules: whole numbers for counts (`10.0` is accepted, `true` and `"10"` are not); `max_papers`,
    /// `days_back`, `display_limit`, `ai_summary.max_workers` (≤ 64) and `ai_summary.max_input_chars` at least 1;
    /// `min_score`, `feeds.request_delay_seconds`, `ai_summary.max_papers_to_summarize` at least 0;
    /// timeouts more than 0; `feeds.max_retries` 0...20; `ai_summary.temperature` 0...2; no empty strings;
    /// categories shaped like `cs.AI`/`hep-th`/`astro-ph.CO` (an empty list is allowed here, see
    /// `requireCategories()`); `match` is "word" or "substring"; `ai_summary.input` is "abstract" or "fulltext";
    /// `deduplication_methods` from id, title, link; `feeds.*_url` http(s) or file://, `ai_summary.base_url` http(s).
    /// `null` means "use the default" only for `database`, `ai_summary.prompt_file`, `ai_summary.timeout_seconds`
    /// and `ai_summary.max_input_chars`. The `mail` block has rules of its own (`Configuration.Mail.read`).
    public static func load(from path: String) throws -> Configuration {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConfigError.fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw ConfigError.unreadable(path: path, reason: "it is a folder") }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ConfigError.unreadable(path: path, reason: error.localizedDescription.lowercased())
        }
        var configuration = try decode(data: data, source: path)
        configuration.sourcePath = path
        return configuration
    }

    /// Validates configuration JSON; `source` is the name used in messages (usually the file path).
    public static func decode(data: Data, source: String) throws -> Configuration {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            throw invalidJSON(error, data: data, source: source)
        }
        var reader = ConfigReader(source: source)
        guard let object = root as? [String: Any] else {
            throw ConfigError.notAnObject(source: source, found: ConfigReader.describe(root))
        }
        var c = Configuration()
        try c.read(object, with: &reader)
        c.warnings = reader.warnings
        return c
    }

    static let knownKeys = ["categories", "keywords", "exclude_keywords", "max_papers", "days_back", "min_score",
                            "enable_deduplication", "deduplication_methods", "fetch_ratings", "display_limit",
                            "ai_summary", "database", "match", "feeds", "watches", "mail"]
    static let knownDeduplicationMethods = ["id", "title", "link"]

    private mutating func read(_ o: [String: Any], with r: inout ConfigReader) throws {
        r.warnUnknownKeys(in: o, known: Self.knownKeys)
        if let v = o["categories"] {
            categories = try r.strings(v, at: "categories", emptyFix: "remove it or name an arXiv category such as cs.AI")
            for (i, category) in categories.enumerated() where !Category.isWellFormed(category) {
                throw r.invalid("categories[\(i)]", "\"\(category)\" is not an arXiv category; write it like cs.AI, hep-th, math.AG or astro-ph.CO")
            }
        }
        if let v = o["keywords"] {
            keywords = try r.strings(v, at: "keywords", emptyFix: "remove it or write a word or phrase such as \"LLM\"")
        }
        if let v = o["exclude_keywords"] {
            excludeKeywords = try r.strings(v, at: "exclude_keywords", emptyFix: "remove it or write a word such as \"survey\"")
        }
        if let v = o["max_papers"] { maxPapers = try r.int(v, at: "max_papers", min: 1) }
        if let v = o["days_back"] { daysBack = try r.int(v, at: "days_back", min: 1) }
        if let v = o["min_score"] { minScore = try r.double(v, at: "min_score", min: 0) }
        if let v = o["enable_deduplication"] { enableDeduplication = try r.bool(v, at: "enable_deduplication") }
        if let v = o["deduplication_methods"] {
            deduplicationMethods = try r.strings(v, at: "deduplication_methods", emptyFix: "remove it or use one of id, title, link")
            for (i, method) in deduplicationMethods.enumerated() where !Self.knownDeduplicationMethods.contains(method.lowercased()) {
                throw r.invalid("deduplication_methods[\(i)]", "must be one of \"id\", \"title\", \"link\", found the string \"\(method)\"")
            }
        }
        if let v = o["fetch_ratings"] { fetchRatings = try r.bool(v, at: "fetch_ratings") }
        if let v = o["display_limit"] { displayLimit = try r.int(v, at: "display_limit", min: 1) }
        if let v = o["database"] { database = try r.optionalString(v, at: "database") }
        if let v = o["match"] {
            match = MatchMode(rawValue: try r.choice(v, at: "match", allowed: MatchMode.allCases.map(\.rawValue)))!
        }
        if let v = o["ai_summary"] { try aiSummary.read(try r.object(v, at: "ai_summary"), with: &r) }
        if let v = o["feeds"] { try feeds.read(try r.object(v, at: "feeds"), with: &r) }
        if let v = o["watches"] { watches = try Watch.read(try r.object(v, at: "watches"), with: r) }
        if let v = o["mail"], !(v is NSNull) { mail = try Mail.read(try r.object(v, at: "mail"), with: &r) }
    }

    /// Turns JSONSerialization's "around character N" into a line number and quotes that line.
    private static func invalidJSON(_ error: Error, data: Data, source: String) -> ConfigError {
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            return .invalidJSON(source: source, line: nil, detail: "the file is empty; put {} in it to use the defaults")
        }
        let debug = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? error.localizedDescription
        var line: Int? = nil
        var detail = debug.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        if let range = detail.range(of: "around character ") {
            let digits = detail[range.upperBound...].prefix { $0.isNumber }
            detail = String(detail[..<range.lowerBound]).trimmingWhitespace()
            if let offset = Int(digits), offset <= data.count {
                let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                let number = data.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                line = number
                if number <= lines.count {
                    let text = String(decoding: lines[number - 1], as: UTF8.self).trimmingWhitespace()
                    if !text.isEmpty { detail += " near \(text.count > 40 ? String(text.prefix(40)) + "…" : text)" }
                }
            }
        }
        detail = detail.prefix(1).lowercased() + detail.dropFirst()
        return .invalidJSON(source: source, line: line, detail: detail + "; check for a missing comma, quote or bracket")
    }
}

extension Configuration.AISummary {
    static let knownKeys = ["enabled", "api_key_env", "base_url", "model", "prompt_file", "max_papers_to_summarize",
                            "max_workers", "input", "temperature", "timeout_seconds", "max_input_chars"]

    mutating func read(_ o: [String: Any], with r: inout ConfigReader) throws {
        r.warnUnknownKeys(in: o, known: Self.knownKeys, prefix: "ai_summary.")
        let p = "ai_summary."
        if let v = o["enabled"] { enabled = try r.bool(v, at: p + "enabled") }
        if let v = o["api_key_env"] { apiKeyEnv = try r.string(v, at: p + "api_key_env") }
        if let v = o["base_url"] { baseURL = try r.url(v, at: p + "base_url", allowFile: false) }
        if let v = o["model"] { model = try r.string(v, at: p + "model") }
        if let v = o["prompt_file"] { promptFile = try r.optionalString(v, at: p + "prompt_file") }
        if let v = o["max_papers_to_summarize"] { maxPapersToSummarize = try r.int(v, at: p + "max_papers_to_summarize", min: 0) }
        if let v = o["max_workers"] { maxWorkers = try r.int(v, at: p + "max_workers", min: 1, max: 64) }
        if let v = o["input"] {
            input = Input(rawValue: try r.choice(v, at: p + "input", allowed: Input.allCases.map(\.rawValue)))!
        }
        if let v = o["temperature"] { temperature = try r.double(v, at: p + "temperature", min: 0, max: 2) }
        if let v = o["timeout_seconds"], !(v is NSNull) {
            timeoutSeconds = try r.double(v, at: p + "timeout_seconds", min: 0)
            if timeoutSeconds == 0 { throw r.invalid(p + "timeout_seconds", "must be more than 0, found 0") }
        }
        if let v = o["max_input_chars"], !(v is NSNull) { maxInputChars = try r.int(v, at: p + "max_input_chars", min: 1) }
    }
}

extension Configuration.Feeds {
    static let knownKeys = ["rss_url", "api_url", "oai_url", "user_agent", "request_delay_seconds", "timeout_seconds", "max_retries"]

    mutating func read(_ o: [String: Any], with r: inout ConfigReader) throws {
        r.warnUnknownKeys(in: o, known: Self.knownKeys, prefix: "feeds.")
        let p = "feeds."
        if let v = o["rss_url"] { rssURL = try r.url(v, at: p + "rss_url", allowFile: true) }
        if let v = o["api_url"] { apiURL = try r.url(v, at: p + "api_url", allowFile: true) }
        if let v = o["oai_url"] { oaiURL = try r.url(v, at: p + "oai_url", allowFile: true) }
        if let v = o["user_agent"] { userAgent = try r.string(v, at: p + "user_agent") }
        if let v = o["request_delay_seconds"] { requestDelaySeconds = try r.double(v, at: p + "request_delay_seconds", min: 0) }
        if let v = o["timeout_seconds"] {
            timeoutSeconds = try r.double(v, at: p + "timeout_seconds", min: 0)
            if timeoutSeconds == 0 { throw r.invalid(p + "timeout_seconds", "must be more than 0, found 0") }
        }
        if let v = o["max_retries"] { maxRetries = try r.int(v, at: p + "max_retries", min: 0, max: 20) }
    }
}
