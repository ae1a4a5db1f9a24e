import ArgumentParser
import Foundation
import PaperKit

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over everything ever ingested.",
        discussion: """
            Words are ANDed; "quoted phrases", prefix*, OR, -word (exclude) and title:, abstract:, author:, summary: work. \
            OR joins its neighbours first: 'quantum OR photonic qubit' is (quantum OR photonic) AND qubit. \
            Any other character is searched as text. An arXiv ID or URL finds that paper. --raw passes FTS5 syntax through.

            A query that starts with - goes after --: arxiv-bot query -- '-survey'
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv, ids }

    @OptionGroup var common: CommonOptions
    @OptionGroup var filters: FilterOptions

    @Argument(help: "What to search for.") var text: String = ""
    @Flag(help: "Pass the query to FTS5 as written.") var raw = false
    @Option(help: "The order of the results.") var sort: PaperSort = .relevance
    @Option(help: "How many results.") var limit = 20
    @Option(help: "Skip this many results.") var offset = 0
    @Option(help: "table (default), json, csv or ids.") var format: Format?
    @Option(help: "Select what this watch of config.json selects, within the other filters.") var watch: String?

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more") }
        if watch != nil, !text.isEmpty { throw ValidationError("give a query or --watch, not both; the watch's query is in 'arxiv-bot watch show'") }
    }

    func run() throws {
        let workspace = try common.openExistingWorkspace()
        var request = SearchRequest(text: text)
        if let watch {
            request = try Console.run { try workspace.configuration.watches.named(watch) }.request(within: try filters.filter())
        } else {
            request.raw = raw
            request.filter = try filters.filter()
        }
        request.sort = sort
        request.limit = limit
        request.offset = offset
        try Console.run { try workspace.store.requireTags(request.filter.tags) }
        let results = try Console.run { try workspace.store.search(request) }
        if results.isEmpty { Console.note("no papers match \"\(watch.map { "watch " + $0 } ?? text)\" with these filters") }
        let output = OutputFile()
        try Console.run {
            try ResultPrinter(format: format ?? .table).print(results, to: output)
            try output.commit()
        }
    }
}

extension PaperSort: ExpressibleByArgument {}
