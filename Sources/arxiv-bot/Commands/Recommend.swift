import ArgumentParser
import Foundation
import PaperKit

/// Until tags are merged (`--tag`), the positives are given as IDs: this command is hidden.
struct Recommend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Papers of a range most like a set of papers, each with why.",
        shouldDisplay: false
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The positive papers: arXiv IDs or URLs, comma-separated (repeatable).") var ids: [String] = []
    @Flag(help: "Rank every paper in the store, not only the last days.") var all = false
    @Option(help: "The last N days, ending today (default 7).") var days: Int?
    @Option(help: "First date (YYYY-MM-DD), inclusive.") var from: String?
    @Option(help: "Last date (YYYY-MM-DD), inclusive.") var to: String?
    @Option(help: "How many papers.") var limit = 20
    @Option(help: "table (default), json, csv or ids.") var format: Query.Format?

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        guard !positives.isEmpty else { throw ValidationError("give the positive papers with --ids") }
        if all && (days != nil || from != nil || to != nil) { throw ValidationError("--all ranks everything; drop the range") }
    }

    private var positives: [String] {
        ids.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }

    func run() throws {
        var filter = PaperFilter()
        if !all {
            let range = try usage {
                try DigestRange.resolve(from: from, to: to, days: days, defaultDays: 7, today: ArxivSchedule.feedDay())
            }
            filter.since = range.from
            filter.until = range.to
        }
        let workspace = try common.openExistingWorkspace()
        let result = try Console.run {
            try Recommender(store: workspace.store).recommend(positives: .arxivIDs(positives), filter: filter, limit: limit)
        }
        Console.note(result.note)
        let output = OutputFile()
        try Console.run {
            try RecommendationPrinter(format: format ?? .table, method: result.method).print(result.recommendations, to: output)
            try output.commit()
        }
    }
}
