import Foundation

/// The `config.json` that `arxiv-bot init` writes: every key `Configuration` reads, each with its
/// default, so a new user sees (and can edit) everything without reading the source.
///
/// Keys come in a fixed order: the old bot's keys first, in the order of its `config.seed.json`
/// (`categories` and `keywords`, the two to edit, at the top), then the keys arxiv-bot added. The
/// layout is the old bot's: four spaces per level, `"key": value`, one array item per line.
/// Optional settings whose default is "unset" are written with the value that unset stands for
/// (`database` `papers.db`, `ai_summary.timeout_seconds` 180, ...), so the file shows the real limits;
/// `mail` is `null`, mail off, because a server and addresses have no useful default.
public enum StarterConfiguration {
    /// The name of the file written into the folder.
    public static let fileName = "config.json"

    /// The file's bytes for `configuration` (by default every default), ending with a newline.
    public static func data(for configuration: Configuration = Configuration()) -> Data {
        var text = ""
        render(.object(members(of: configuration)), depth: 0, into: &text)
        return Data((text + "\n").utf8)
    }

    /// Writes the starter file into `folder`, creating the folder and its parents when missing,
    /// and returns the path written (`./config.json` for `.`).
    ///
    /// Never replaces a file: it is opened with `O_CREAT | O_EXCL`, so one that exists (or appears
    /// between a check and the write) is `ConfigError.alreadyExists`, left untouched. A folder or file
    /// that cannot be created is `ConfigError.cannotCreate` naming its path; both exit 73.
    @discardableResult
    public static func write(into folder: String, configuration: Configuration = Configuration()) throws -> String {
        var folder = folder.isEmpty ? "." : folder
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        let path = folder == "/" ? "/" + fileName : folder + "/" + fileName
        try makeFolder(folder)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw ConfigError.alreadyExists(path: path) }
            throw ConfigError.cannotCreate(path: path, reason: systemReason())
        }
        let bytes = [UInt8](data(for: configuration))
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                // A disk full or I/O error: leave no half-written file that a second init would refuse.
                let reason = systemReason()
                close(descriptor)
                unlink(path)
                throw ConfigError.cannotCreate(path: path, reason: reason)
            }
            written += count
        }
        guard close(descriptor) == 0 else {
            let reason = systemReason()
            unlink(path)
            throw ConfigError.cannotCreate(path: path, reason: reason)
        }
        return path
    }

    // MARK: the document

    /// A JSON value whose object members keep the order they are given in.
    indirect enum Value: Equatable {
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
        case strings([String])
        case object([Member])
    }

    struct Member: Equatable {
        let key: String
        let value: Value
        init(_ key: String, _ value: Value) { (self.key, self.value) = (key, value) }
    }

    /// The members of the file, in the order written.
    static func members(of c: Configuration) -> [Member] {
        let summary = c.aiSummary, feeds = c.feeds
        let summaryMembers: [Member] = [
            Member("enabled", .bool(summary.enabled)), Member("api_key_env", .string(summary.apiKeyEnv)),
            Member("base_url", .string(summary.baseURL)), Member("model", .string(summary.model)),
            Member("prompt_file", summary.promptFile.map(Value.string) ?? .null),
            Member("max_papers_to_summarize", .number(Double(summary.maxPapersToSummarize))),
            Member("max_workers", .number(Double(summary.maxWorkers))),
            Member("input", .string(summary.input.rawValue)), Member("temperature", .number(summary.temperature)),
            Member("timeout_seconds", .number(summary.timeoutSeconds ?? Configuration.AISummary.defaultTimeoutSeconds)),
            Member("max_input_chars", .number(Double(summary.maxInputChars ?? Configuration.AISummary.defaultMaxInputChars))),
        ]
        let feedMembers: [Member] = [
            Member("rss_url", .string(feeds.rssURL)), Member("api_url", .string(feeds.apiURL)),
            Member("oai_url", .string(feeds.oaiURL)), Member("user_agent", .string(feeds.userAgent)),
            Member("request_delay_seconds", .number(feeds.requestDelaySeconds)),
            Member("timeout_seconds", .number(feeds.timeoutSeconds)), Member("max_retries", .number(Double(feeds.maxRetries))),
        ]
        return [
            Member("categories", .strings(c.categories)), Member("keywords", .strings(c.keywords)),
            Member("exclude_keywords", .strings(c.excludeKeywords)), Member("max_papers", .number(Double(c.maxPapers))),
            Member("days_back", .number(Double(c.daysBack))), Member("min_score", .number(c.minScore)),
            Member("enable_deduplication", .bool(c.enableDeduplication)),
            Member("deduplication_methods", .strings(c.deduplicationMethods)),
            Member("fetch_ratings", .bool(c.fetchRatings)), Member("display_limit", .number(Double(c.displayLimit))),
            Member("ai_summary", .object(summaryMembers)),
            Member("database", .string(c.database ?? "papers.db")), Member("match", .string(c.match.rawValue)),
            Member("feeds", .object(feedMembers)),
            Member("watches", .object(c.watches.map { Member($0.name, .object(watchMembers($0))) })),
            Member("mail", mailValue(c.mail)),
        ]
    }

    /// A watch's fields, only those it sets.
    static func watchMembers(_ w: Watch) -> [Member] {
        var members: [Member] = []
        if let query = w.query { members.append(Member("query", .string(query))) }
        if !w.authors.isEmpty { members.append(Member("authors", .strings(w.authors))) }
        if !w.categories.isEmpty { members.append(Member("categories", .strings(w.categories))) }
        if let minScore = w.minScore { members.append(Member("min_score", .number(minScore))) }
        if !w.exclude.isEmpty { members.append(Member("exclude", .strings(w.exclude))) }
        if !w.types.isEmpty { members.append(Member("types", .strings(w.types.map(\.rawValue)))) }
        return members
    }

    /// `null` (mail off, the starter's value) or the block as `Configuration.Mail.read` reads it.
    private static func mailValue(_ mail: Configuration.Mail?) -> Value {
        guard let mail else { return .null }
        func written(_ a: MailAddress) -> String { a.name.map { "\($0) <\(a.address)>" } ?? a.address }
        return .object([
            Member("smtp_url", .string(mail.server.url)), Member("from", .string(written(mail.from))),
            Member("to", .strings(mail.to.map(written))), Member("username", mail.username.map(Value.string) ?? .null),
            Member("password_env", mail.passwordEnv.map(Value.string) ?? .null), Member("subject", .string(mail.subject)),
            Member("ca_file", mail.caFile.map(Value.string) ?? .null),
        ])
    }

    private static func render(_ value: Value, depth: Int, into text: inout String) {
        let inner = String(repeating: " ", count: 4 * (depth + 1)), outer = String(repeating: " ", count: 4 * depth)
        switch value {
        case .string(let string): text += quoted(string)
        case .number(let number): text += number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
        case .bool(let flag): text += flag ? "true" : "false"
        case .null: text += "null"
        case .strings(let strings) where strings.isEmpty: text += "[]"
        case .strings(let strings):
            text += "[\n" + strings.map { inner + quoted($0) }.joined(separator: ",\n") + "\n" + outer + "]"
        case .object(let members) where members.isEmpty: text += "{}"
        case .object(let members):
            text += "{\n"
            for (index, member) in members.enumerated() {
                text += inner + quoted(member.key) + ": "
                render(member.value, depth: depth + 1, into: &text)
                text += index == members.count - 1 ? "\n" : ",\n"
            }
            text += outer + "}"
        }
    }

    /// A JSON string literal, escaped by the writer every JSON output of the tool uses.
    private static func quoted(_ string: String) -> String {
        var writer = JSONWriter(pretty: false, capacity: string.utf8.count + 2)
        writer.writeString(string)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    // MARK: the folder

    /// `mkdir -p`, with the failing path and the system's reason in the error.
    private static func makeFolder(_ folder: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw ConfigError.cannotCreate(path: folder, reason: "it is a file, not a folder")
        }
        let parent = Paths.folder(of: folder)
        if !parent.isEmpty && parent != "/" && parent != folder { try makeFolder(parent) }
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw ConfigError.cannotCreate(path: folder, reason: systemReason())
        }
    }

    private static func systemReason() -> String { String(cString: strerror(errno)).lowercased() }
}
