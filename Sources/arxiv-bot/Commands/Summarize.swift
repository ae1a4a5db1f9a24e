import ArgumentParser
import PaperKit

struct Summarize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarize the top papers of a range (or given IDs) with any OpenAI-compatible model, once per version.",
        discussion: "The API key is read from the environment variable named by ai_summary.api_key_env."
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var dates: RangeOptions
    @Option(help: "At most this many papers (default: ai_summary.max_papers_to_summarize).") var limit: Int?
    @Option(parsing: .upToNextOption, help: "Summarize these papers instead of a range's selection.") var ids: [String] = []
    @Flag(help: "Summarize again even when a summary of this version, model and prompt exists.") var force = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        _ = try Console.run { try dates.range(defaultDays: 1) }
    }

    func run() throws {
        let workspace = try common.openExistingWorkspace()
        let report = try Console.run {
            let plan = SummaryPlan(workspace: workspace)
            let papers = ids.isEmpty ? try plan.papers(in: try dates.range(defaultDays: 1), limit: limit) : try plan.papers(ids: ids)
            let summarizer = try plan.makeSummarizer()
            summarizer.onEvent = SummaryConsole.show
            return try summarizer.summarize(papers, force: force)
        }
        print(report.summary)
        try Console.exit(report.failed.isEmpty ? .success : SummaryError.someFailed(count: report.failed.count).exitCode)
    }
}

/// Progress of a summarize run: a line per paper on a terminal, failures always.
enum SummaryConsole {
    static func show(_ event: Summarizer.Event) {
        switch event {
        case let .summarized(id, done, total): Console.progress("summarized \(id) (\(done)/\(total))")
        case let .failed(id, reason): Console.clearProgress(); Console.error("\(id): \(reason)")
        case let .fullTextUnavailable(note): Console.warn(note)
        case let .promptFileMissing(path): Console.warn("ai_summary.prompt_file \(path) does not exist; using the built-in prompt")
        }
    }
}
