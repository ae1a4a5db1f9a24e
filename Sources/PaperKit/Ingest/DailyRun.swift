import Foundation

/// The daily job, as `arxiv-bot ingest [--summarize]` and `serve --ingest-at` both run it: the
/// combined feed of the configured categories (or the given sources) into the store, then, when
/// asked, summaries of the top papers of the day just read. It reports; the caller presents.
public struct DailyRun {
    /// What one run did. `summaries` is nil when none were asked for, else their report or why
    /// they could not run (no API key, a bad prompt file...).
    public struct Outcome {
        public var ingest: IngestReport
        public var summaries: Result<SummarizeReport, any Error>?
    }

    public let workspace: Workspace
    /// nil: the day's combined feed of `categories`, which must not be empty.
    public var sources: [FeedSource]?
    public var summarize: Bool
    public var environment: [String: String] = ProcessInfo.processInfo.environment

    public init(workspace: Workspace, sources: [FeedSource]? = nil, summarize: Bool) {
        self.workspace = workspace
        self.sources = sources
        self.summarize = summarize
    }

    /// The sources this run reads; throws `ConfigError.noCategories` for a daily feed of no category.
    public func resolvedSources() throws -> [FeedSource] {
        if let sources { return sources }
        let config = workspace.configuration
        try config.requireCategories()
        return [FeedSource.dailyFeed(baseURL: config.feeds.rssURL, categories: config.categories)]
    }

    /// Ingests, then summarizes when asked. `configure` adjusts the ingestor (events, restart,
    /// batch size); `onSummaryEvent` sees the summaries as they go. Throws only what stops the
    /// ingest as a whole (no categories, a store that cannot record the run).
    public func run(configure: (Ingestor) -> Void = { _ in },
                    onSummaryEvent: ((Summarizer.Event) -> Void)? = nil) throws -> Outcome {
        let sources = try resolvedSources()
        let ingestor = workspace.makeIngestor()
        configure(ingestor)
        let report = try ingestor.ingest(sources)
        guard summarize else { return Outcome(ingest: report, summaries: nil) }
        let summaries = Self.summaries(workspace, range: Result { try report.summaryRange() }, environment: environment,
                                       onEvent: onSummaryEvent)
        return Outcome(ingest: report, summaries: summaries)
    }

    /// Summaries of the top papers of `range` (the days just ingested or backfilled) with the
    /// configured model, or why they could not run.
    public static func summaries(_ workspace: Workspace, range: Result<DigestRange, any Error>,
                                 environment: [String: String] = ProcessInfo.processInfo.environment,
                                 onEvent: ((Summarizer.Event) -> Void)? = nil) -> Result<SummarizeReport, any Error> {
        Result {
            let plan = SummaryPlan(workspace: workspace)
            let summarizer = try plan.makeSummarizer(environment: environment)
            summarizer.onEvent = onEvent
            return try summarizer.summarize(try plan.papers(in: try range.get()))
        }
    }
}
