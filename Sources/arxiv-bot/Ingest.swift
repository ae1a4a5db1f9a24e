import ArgumentParser
import PaperKit

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch the day's announcements (or read saved feeds), score them and add them to the history.",
        discussion: """
            Without --input, fetches the combined daily feed of the configured categories from rss_url.
            Exit codes: 65 bad data, 66 missing input, 69 network, 75 rate-limited (try later), 78 bad config.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("input"), parsing: .upToNextOption,
            help: "Files, folders or URLs of saved feeds (RSS, Atom, API, OAI-PMH, JSON lines).")
    var inputs: [String] = []

    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false
    @Flag(name: .shortAndLong, help: "Print a line for every source.") var verbose = false

    func run() throws {
        let workspace = try common.openWorkspace()
        let config = workspace.configuration
        if inputs.isEmpty && config.categories.isEmpty {
            Console.error("\(workspace.configPath): \"categories\" is empty; name at least one arXiv category such as cs.AI, or pass --input")
            throw ExitCode(PaperKit.ExitCode.config.rawValue)
        }
        let sources = inputs.isEmpty
            ? [FeedSource.dailyFeed(baseURL: config.feeds.rssURL, categories: config.categories)]
            : FeedSource.expand(inputs)
        let ingestor = workspace.makeIngestor()
        ingestor.onEvent = IngestConsole(verbose: verbose && !quiet).show
        let report = try Console.run { try ingestor.ingest(sources) }
        for failure in report.failed { Console.error(failure.error?.message ?? "\(failure.source) failed") }
        if !quiet { print(report.summary) }
        try Console.exit(report.exitCode)
    }
}
