import Foundation

/// The daily job, as `arxiv-bot ingest [--summarize] [--mail]` and `serve --ingest-at` both run it:
/// the combined feed of the configured categories (or the given sources) into the store, then, when
/// asked, summaries of the top papers of the day just read, then the day's digest by mail. It
/// reports; the caller presents. A summary or mail that fails never undoes the ingest.
public struct DailyRun {
    /// What one run did. `summaries` is nil when none were asked for, else their report or why
    /// they could not run (no API key, a bad prompt file...).
    public struct Outcome {
        public var ingest: IngestReport
        public var summaries: Result<SummarizeReport, any Error>?
        /// nil when no mail was asked for, or when a source failed (a partial day is not mailed);
        /// else what was sent or why it was not.
        public var mail: Result<MailReport, any Error>?
    }

    public let workspace: Workspace
    /// nil: the day's combined feed of `categories`, which must not be empty.
    public var sources: [FeedSource]?
    public var summarize: Bool
    /// Mail the digest of the ingested day after a fully successful ingest (needs the `mail` block).
    public var mail = false
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
        var outcome = Outcome(ingest: report, summaries: nil, mail: nil)
        if summarize {
            outcome.summaries = Self.summaries(workspace, range: Result { try report.summaryRange() }, environment: environment,
                                               onEvent: onSummaryEvent)
        }
        // After the summaries, so the mailed digest carries them.
        if mail, report.failed.isEmpty {
            var mailer = DigestMailer(workspace: workspace)
            mailer.environment = environment
            outcome.mail = Result { try mailer.send(range: try report.summaryRange()) }
        }
        return outcome
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
