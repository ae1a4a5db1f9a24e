import ArgumentParser
import PaperKit

/// The paper filters shared by query and export.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only papers on or after this date (YYYY-MM-DD): first announcement, else v1 date.")
    var since: String?

    @Option(help: "Only papers on or before this date (YYYY-MM-DD).")
    var until: String?

    @Option(name: .customLong("category"), help: "Only papers listed in this category (repeatable).")
    var categories: [String] = []

    @Option(help: "Only papers with an author whose name contains this (case and accents ignored; repeatable: any of them).")
    var author: [String] = []

    @Option(name: .customLong("min-score"), help: "Only papers scoring at least this.")
    var minScore: Double?

    @Option(name: .customLong("type"), help: "Only papers announced as these types (repeatable, or a comma list).")
    var types: [AnnounceTypeList] = []

    @Option(help: "Only papers with this tag (repeatable: any of them).")
    var tag: [String] = []

    @Flag(name: .customLong("include-excluded"), help: "Include papers matched by an exclude keyword.")
    var includeExcluded = false

    func validate() throws {
        _ = try filter()
    }

    /// The filter, with every bad value reported as a usage error naming the option.
    func filter(from: String? = nil, to: String? = nil) throws -> PaperFilter {
        var filter = PaperFilter()
        for (alias, value, option, other) in [("--from", from, "--since", since), ("--to", to, "--until", until)]
        where value != nil && other != nil {
            throw ValidationError("\(alias) and \(option) say the same thing; give one of them")
        }
        filter.since = try Day.option(from ?? since, named: from != nil ? "--from" : "--since")
        filter.until = try Day.option(to ?? until, named: to != nil ? "--to" : "--until")
        try usage {
            try PaperFilter.checkOrder(since: filter.since, until: filter.until)
            filter.categories = try PaperFilter.categories(categories, option: "--category")
            filter.minScore = try PaperFilter.minScore(minScore, option: "--min-score")
            filter.types = try AnnounceTypeList.types(types, option: "--type")
        }
        filter.authors = author
        filter.tags = tag
        filter.includeExcluded = includeExcluded
        return filter
    }
}
