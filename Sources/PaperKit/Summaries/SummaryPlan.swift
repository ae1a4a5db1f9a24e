import Foundation

/// Which papers a summarize run covers and with what: the top of the report's selection for a
/// range (the papers at the top of the digest get summaries, as in the old bot) or explicit IDs.
public struct SummaryPlan {
    public let workspace: Workspace

    public init(workspace: Workspace) { self.workspace = workspace }

    /// The first `limit` (default `max_papers_to_summarize`) papers of the digest selection of `range`.
    public func papers(in range: DigestRange, limit: Int? = nil) throws -> [PaperResult] {
        var selection = DigestSelection(configuration: workspace.configuration)
        selection.limit = min(selection.limit, limit ?? workspace.configuration.aiSummary.maxPapersToSummarize)
        return try workspace.store.digestPapers(in: range, selection: selection)
    }

    /// The papers with these IDs (any spelling); an unknown ID is an error naming it.
    public func papers(ids: [String]) throws -> [PaperResult] {
        let found = try workspace.store.papers(arxivIDs: ids)
        let known = Set(found.map(\.arxivID))
        if let missing = ids.first(where: { ArxivID($0).map { !known.contains($0.rawValue) } ?? true }) {
            throw StoreError.unknownPaper(id: missing)
        }
        return found
    }

    /// A summarizer wired to the configured endpoint: the key from the environment variable the
    /// configuration names (refused before any request when missing for a remote server), the
    /// LLM's own HTTP client (not rate-limited like arXiv), and PDFs through the polite arXiv client.
    public func makeSummarizer(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Summarizer {
        let config = workspace.configuration
        let settings = config.aiSummary
        var options = HTTPOptions()
        options.userAgent = config.feeds.userAgent
        options.timeoutSeconds = settings.timeoutSeconds ?? Configuration.AISummary.defaultTimeoutSeconds
        options.maxRetries = config.feeds.maxRetries
        let chat = try ChatClient(baseURL: settings.baseURL, model: settings.model, temperature: settings.temperature,
                                  apiKey: environment[settings.apiKeyEnv], keyVariable: settings.apiKeyEnv,
                                  http: HTTPClient(options: options))
        let input = SummaryInput(rawValue: settings.input.rawValue) ?? .abstract
        let maxCharacters = settings.maxInputChars ?? Configuration.AISummary.defaultMaxInputChars
        let fullText = input == .fulltext ? FullTextSource(http: workspace.makeHTTPClient(), maxCharacters: maxCharacters) : nil
        return Summarizer(store: workspace.store, chat: chat, prompt: try SummaryPrompt.load(config), input: input,
                          fullText: fullText, maxWorkers: settings.maxWorkers)
    }
}
