import ArgumentParser
import PaperKit

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch the day's announcements (or read saved feeds), score them and add them to the history.",
        discussion: """
            Without --input, fetches the combined daily feed of the configured categories from rss_url.

            A large file commits every 50,000 records or 5 seconds: run the same command again after Ctrl-C, \
            a kill or a crash and it resumes after the last commit (--restart reads it from the start). A record \
            that cannot be read is skipped with a warning naming its line, and the rest is stored.

            With --from, backfills a range of days from OAI-PMH (default) or the API, page by page; run the \
            same command again to resume after Ctrl-C or a failure, --restart to start over.

            A mail that fails (--mail) is reported and exits 69; what was ingested stays.

            Exit codes: 65 bad data (also when a record was skipped), 66 missing input, 69 network, \
            75 rate-limited (try later), 78 bad config, 130 interrupted (resumable).
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("input"), parsing: .upToNextOption,
            help: "Files, folders or URLs of saved feeds (RSS, Atom, API, OAI-PMH, JSON lines).")
    var inputs: [String] = []

    @Option(help: "Backfill from this day (YYYY-MM-DD) instead of fetching today's feed.") var from: String?
    @Option(help: "Last day of the backfill (default: today's feed date).") var to: String?
    @Option(help: "Backfill through oai (OAI-PMH, the default) or api.") var via: BackfillRequest.Via?
    @Flag(help: "Forget the saved progress of these files (or of this backfill) and start over.") var restart = false
    @Option(help: "Commit a large file every N records (and at least every 5 seconds); a kill loses at most that much.")
    var batchSize = CommitPolicy.batches.records
    @Flag(help: "OAI backfill: harvest arXivRaw, which carries every version and its date.") var versions = false

    @Flag(help: "Then summarize the top papers of the ingested day(s) with the configured model (see summarize).")
    var summarize = false
    @Option(help: "Then count the new papers most like this tag's (repeatable: their union; see recommend).")
    var recommend: [String] = []

    @Flag(help: "Then mail the ingested day's digest (needs the mail block; see mail). Only after every source succeeded.")
    var mail = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false
    @Flag(name: .shortAndLong, help: "Print a line for every source.") var verbose = false

    func validate() throws {
        if from == nil && (to != nil || via != nil || versions) {
            throw ValidationError("--to, --via and --versions need --from")
        }
        if batchSize < 1 { throw ValidationError("--batch-size \(batchSize) must be at least 1") }
        if restart && from == nil && inputs.isEmpty {
            throw ValidationError("--restart needs --input or --from: the daily feed has no saved progress")
        }
        if versions && via == .api { throw ValidationError("--versions applies to OAI-PMH; drop --via api") }
        if mail && from != nil { throw ValidationError("--mail sends the day's digest after a daily ingest; it cannot be combined with --from") }
        if from != nil && !inputs.isEmpty { throw ValidationError("--from backfills from arXiv; it cannot be combined with --input") }
        if from != nil { _ = try backfillRequest(categories: []) }
    }

    func run() throws {
        // The daily feed and a backfill need categories; saved files do not.
        let workspace = try common.openWorkspace {
            if inputs.isEmpty { try $0.requireCategories() }
            if mail { _ = try $0.requireMail() }
        }
        if from != nil { return try runBackfill(workspace) }
        try Console.run { try workspace.store.requireTags(recommend) }
        var daily = DailyRun(workspace: workspace, sources: inputs.isEmpty ? nil : FeedSource.expand(inputs), summarize: summarize)
        daily.mail = mail
        let console = IngestConsole(verbose: verbose, quiet: quiet)
        let outcome = try Console.run {
            try daily.run(configure: { ingestor in
                ingestor.restart = restart
                ingestor.commitPolicy.records = batchSize
                ingestor.onEvent = console.show
            }, onSummaryEvent: SummaryConsole.show)
        }
        let report = outcome.ingest
        for failure in report.failed { Console.error(failure.error?.message ?? "\(failure.source) failed") }
        if !quiet {
            let watches = try Console.run { try report.watchesLine(workspace.configuration.watches, in: workspace.store) }
            print(report.summary + (watches.map { "; " + $0 } ?? ""))
            if let line = try Console.run({ try report.recommendedLine(tags: recommend, in: workspace.store) }) { print(line) }
        }
        let summaries = try outcome.summaries.map(summaryStatus) ?? .success
        let mailed = mailStatus(outcome)
        try Console.exit(report.exitCode != .success ? report.exitCode : summaries != .success ? summaries : mailed)
    }

    /// `--mail`: the line of what was mailed, or the error; never throws, so the ingest's report stands.
    private func mailStatus(_ outcome: DailyRun.Outcome) -> ExitStatus {
        guard mail else { return .success }
        switch outcome.mail {
        case .success(let mailed):
            if !quiet { print(mailed.summary) }
            return .success
        case .failure(let error as any ArxivBotError):
            Console.error(error.message)
            return error.exitCode
        case .failure(let error):
            Console.error("\(error)")
            return .unavailable
        case nil:
            Console.warn("not mailed: a source failed, so the day is incomplete; run mail --date DAY once it is in")
            return .success
        }
    }
}
