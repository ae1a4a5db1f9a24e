import ArgumentParser
import Foundation
import PaperKit

struct Similar: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Papers most like one paper, from all history.",
        discussion: """
            A "more like this" search: the paper's most significant words (tf-idf against the index) are \
            searched together and ranked by bm25. Each result says which of those words it shares.
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The paper: an arXiv ID (with or without version) or URL.") var id: String
    @Option(help: "How many papers.") var limit = 20
    @Option(help: "Only papers on or after this date (YYYY-MM-DD).") var since: String?
    @Option(help: "table (default), json, csv or ids.") var format: Query.Format?

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        _ = try Day.option(since, named: "--since")
    }

    func run() throws {
        let sinceDay = try Day.option(since, named: "--since")
        let workspace = try common.openExistingWorkspace()
        let results = try Console.run { try workspace.store.similar(to: id, limit: limit, since: sinceDay) }
        if results.isEmpty { Console.note("no papers like \(id) found") }
        let output = OutputFile()
        try Console.run {
            try RecommendationPrinter(format: format ?? .table).print(results, to: output)
            try output.commit()
        }
    }
}
