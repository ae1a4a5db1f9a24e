/// A saved search from `config.json`'s `watches`: an interest followed on its own, with its own
/// section in digests, its own feed in `serve`, and its count in the daily run.
///
/// A watch selects what `query` would select for the same words and filters: `request` turns it
/// into the `SearchRequest` that `query --watch` runs, and `commandLine` into that query command.
public struct Watch: Sendable, Equatable {
    /// A slug (`spec-decoding`): safe in URLs and file names.
    public var name: String
    /// Words in the query language of `query` (`"draft model" OR speculative`).
    public var query: String?
    /// A paper matches when one of its authors' names contains any of these (case and accents ignored).
    public var authors: [String] = []
    /// A paper matches when any of its categories is listed.
    public var categories: [String] = []
    public var minScore: Double?
    /// Words and phrases whose papers are left out.
    public var exclude: [String] = []
    /// Only papers announced as one of these types.
    public var types: [AnnounceType] = []

    public init(name: String, query: String? = nil) {
        self.name = name
        self.query = query
    }

    /// The query text: `query`, then each excluded word or phrase as `-"word"`.
    public var searchText: String {
        ([query].compactMap { $0 } + exclude.map { "-\"\(Watch.quoted($0))\"" }).joined(separator: " ")
    }

    /// The filter of the watch within `base` (dates, included flag): its categories, authors,
    /// minimum score and types.
    public func filter(within base: PaperFilter = PaperFilter()) -> PaperFilter {
        var filter = base
        if !categories.isEmpty { filter.categories = categories }
        filter.authors = authors
        if let minScore { filter.minScore = minScore }
        if !types.isEmpty { filter.types = types }
        return filter
    }

    /// The search that selects the watch's papers within `base`, newest first unless `sort` says otherwise.
    public func request(within base: PaperFilter = PaperFilter(), sort: PaperSort = .date, limit: Int = 20) -> SearchRequest {
        var request = SearchRequest(text: searchText)
        request.filter = filter(within: base)
        request.sort = sort
        request.limit = limit
        return request
    }

    /// What it selects, in words, for lists and report sections:
    /// `speculative decoding OR "draft model" · cs.CL, cs.LG · without survey`.
    public var summary: String {
        var parts: [String] = []
        if let query { parts.append(query) }
        if !authors.isEmpty { parts.append("authors " + authors.joined(separator: ", ")) }
        if !categories.isEmpty { parts.append(categories.joined(separator: ", ")) }
        if let minScore { parts.append("score >= \(ReportText.score(minScore))") }
        if !exclude.isEmpty { parts.append("without " + exclude.joined(separator: ", ")) }
        if !types.isEmpty { parts.append("types " + types.map(\.rawValue).joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    /// The `arxiv-bot query` command that selects the same papers, quoted for a POSIX shell.
    public var commandLine: String {
        var words = ["arxiv-bot", "query", Watch.shellQuoted(searchText)]
        for category in categories { words += ["--category", Watch.shellQuoted(category)] }
        for author in authors { words += ["--author", Watch.shellQuoted(author)] }
        if let minScore { words += ["--min-score", "\(minScore)"] }
        for type in types { words += ["--type", type.rawValue] }
        return words.joined(separator: " ")
    }

    /// A phrase's inner quotes dropped: the query language has no escape for them.
    private static func quoted(_ text: String) -> String { text.replacingOccurrences(of: "\"", with: " ") }

    static func shellQuoted(_ text: String) -> String {
        let safe = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.,/:@".contains($0)) }
        return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
