import ArgumentParser
import Foundation
import PaperKit

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "How often queries appear over time: papers per day, week, month or year.",
        discussion: """
            Each query (at most 8) is searched as 'query' searches; its matches are counted by paper date (first \
            announcement, else v1 day) per period, with the share of all papers of the period under the same filters. \
            Closed periods (weekends, holidays) and incomplete ones (a missed ingest, or not over yet) are marked. \
            --rising lists the title terms whose share grew most in the last --days days against the 3 times longer window before.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, svg }

    @OptionGroup var common: CommonOptions
    @OptionGroup var filters: FilterOptions

    @Argument(help: "What to search for (up to 8 queries).") var queries: [String] = []
    @Option(help: "The period: day, week, month (default) or year.") var by: TrendPeriod = .month
    @Option(help: "First date (YYYY-MM-DD, or YYYY-MM or YYYY for a whole month or year).") var from: String?
    @Option(help: "Last date (YYYY-MM-DD, or YYYY-MM or YYYY for a whole month or year).") var to: String?
    @Option(help: "The last N days, ending today (with --rising: the recent window, default 28).") var days: Int?
    @Flag(help: "Pass the queries to FTS5 as written.") var raw = false
    @Flag(help: "Show shares of the period's papers (table), plot shares (svg).") var share = false
    @Flag(help: "With svg and one query: bars instead of a line.") var bars = false
    @Option(help: "table (default), csv, json or svg.") var format: Format = .table
    @Option(help: "Write to this file instead of standard output.") var output: String?
    @Flag(name: .customLong("excel-safe"), help: "With csv: prefix cells starting with = + - @ with ' for spreadsheets.") var excelSafe = false
    @Flag(help: "List the title terms rising most instead of a trend.") var rising = false
    @Option(help: "With --rising: how many terms.") var limit = 20

    func validate() throws {
        if rising, !queries.isEmpty { throw ValidationError("--rising takes no query; give queries or --rising") }
        if rising, from != nil || to != nil { throw ValidationError("--rising takes --days N (the recent window), not --from/--to") }
        if !rising, queries.isEmpty { throw ValidationError("give a query to trend, e.g. arxiv-bot trend 'speculative decoding'") }
        if queries.count > TrendRequest.maxQueries {
            throw ValidationError("\(queries.count) queries is too many for one trend; give at most \(TrendRequest.maxQueries)")
        }
        if from != nil, filters.since != nil { throw ValidationError("--from and --since say the same thing; give one of them") }
        if to != nil, filters.until != nil { throw ValidationError("--to and --until say the same thing; give one of them") }
        if bars, format != .svg || queries.count != 1 { throw ValidationError("--bars draws one query as an svg bar chart; give one query and --format svg") }
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let workspace = try common.openExistingWorkspace()
        let filter = try filters.filter()
        let out = try Console.run { try output.map(OutputFile.init(path:)) ?? OutputFile() }
        if rising {
            let request = try Console.run { try RisingTermsRequest(days: days ?? 28, filter: filter, limit: limit, today: ArxivSchedule.feedDay()) }
            let terms = try Console.run { try RisingTerms(store: workspace.store).find(request) }
            try Console.run { try out.write(format == .json ? RisingTerms.json(terms) : RisingTerms.table(terms)); try out.commit() }
            return
        }
        let trend = try Console.run {
            let range = try TrendRange.resolve(from: from ?? filter.since?.description, to: to ?? filter.until?.description,
                                               days: days, period: by, today: ArxivSchedule.feedDay())
            var request = try TrendRequest(queries: queries, period: by, range: range, filter: filter)
            request.raw = raw
            try workspace.store.requireTags(filter.tags)
            return try TrendBuilder(store: workspace.store).build(request)
        }
        let text: String = switch format {
        case .table: TrendTable(showShare: share).table(trend)
        case .csv: TrendTable().csv(trend, excelSafe: excelSafe)
        case .json: TrendJSON.render(trend)
        case .svg: TrendChart(style: bars ? .bar : .line, share: share).render(trend)
        }
        try Console.run { try out.write(text); try out.commit() }
    }
}

extension TrendPeriod: ExpressibleByArgument {}
