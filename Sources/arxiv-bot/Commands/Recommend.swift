import ArgumentParser
import Foundation
import PaperKit

/// `recommend --tag TAG`: the papers of a range most like the tagged ones (or given IDs).
struct Recommend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "This week's papers most like your tagged ones (or the given IDs), each with why.",
        discussion: """
            A linear SVM over TF-IDF features, trained on the tagged papers against a fixed sample of the store,             ranks the papers of the range; papers already tagged are left out. With fewer than 3 tagged papers             it falls back to papers similar to them, and says so. See docs/recommend.md.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "Learn from the papers of this tag (repeatable: their union).") var tag: [String] = []
    @Option(help: "Or learn from these papers: arXiv IDs or URLs, comma-separated (repeatable).") var ids: [String] = []
    @Flag(help: "Rank every paper in the store, not only the last days.") var all = false
    @Option(help: "The last N days, ending today (default 7).") var days: Int?
    @Option(help: "First date (YYYY-MM-DD), inclusive.") var from: String?
    @Option(help: "Last date (YYYY-MM-DD), inclusive.") var to: String?
    @Option(help: "How many papers.") var limit = 20
    @Option(help: "table (default), json, csv or ids.") var format: Query.Format?

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        guard !positives.isEmpty || !tag.isEmpty else { throw ValidationError("give the papers to learn from with --tag TAG or --ids ID,...") }
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
            let tagged = try workspace.store.taggedIDs(anyOf: tag).map(\.rawValue)
            return try Recommender(store: workspace.store).recommend(positives: .arxivIDs(tagged + positives), filter: filter, limit: limit)
        }
        Console.note(result.note)
        let output = OutputFile()
        try Console.run {
            try RecommendationPrinter(format: format ?? .table, method: result.method).print(result.recommendations, to: output)
            try output.commit()
        }
    }
}
