import ArgumentParser
import PaperKit

extension ReportFormat: ExpressibleByArgument {}
extension ReportTemplate: ExpressibleByArgument {}
extension ReportGroup: ExpressibleByArgument {}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a digest of any date range: the old bot's README, a digest, HTML, JSON, RSS or Atom.",
        discussion: """
            Default range: the last days_back days.

            Default selection (the old bot's rule): a configured category, announced as new, not excluded, \
            score >= min_score, at least one keyword hit; best first, max_papers.
            """
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var dates: RangeOptions
    @Option(help: "markdown, html, json, rss or atom.") var format: ReportFormat = .markdown
    @Option(help: "readme (the old bot's layout, the default) or digest; for markdown and html.") var template: ReportTemplate?
    @Option(help: "Group the digest template by day (the default) or category.") var group: ReportGroup?
    @Option(help: "Announce types to include, e.g. new,cross (default: new).") var types: [AnnounceTypeList] = []
    @Option(name: .customLong("min-score"), help: "Minimum score (default: min_score).") var minScore: Double?
    @Option(help: "At most this many papers (default: max_papers).") var limit: Int?
    @Option(name: .customLong("category"), help: "Only these categories (repeatable; default: categories).") var categories: [String] = []
    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.") var output: String?
    @Option(help: "Only this watch's papers (repeatable), in place of the keyword selection.") var watch: [String] = []
    @Option(help: "Only papers with this tag (repeatable: any of them).") var tag: [String] = []
    @Option(help: "Add a section of the range's papers most like this tag's (repeatable: their union).") var recommend: [String] = []
    @Option(name: .customLong("recommend-limit"), help: "Papers in the recommended section.") var recommendLimit = 10
    @Flag(name: .customLong("no-watches"), help: "Leave out the section per configured watch.") var noWatches = false

    func validate() throws {
        guard recommendLimit >= 1 else { throw ValidationError("--recommend-limit must be at least 1") }
        // Silently ignoring a layout option would hand the user a different report than asked for.
        if template != nil, format != .markdown, format != .html {
            throw ValidationError("--template applies to markdown and html only; drop it for --format \(format.rawValue)")
        }
        if group != nil, template != .digest {
            throw ValidationError("--group applies to the digest template only; add --template digest (markdown or html)")
        }
        _ = try Console.run { try dates.range(defaultDays: 1) }
        var selection = DigestSelection()
        try Console.run { try selection.override(types: types.flatMap(\.names), minScore: minScore, limit: limit, categories: categories) }
    }

    func run() throws {
        let workspace = try common.openExistingWorkspace()
        let config = workspace.configuration
        let digest = try Console.run {
            var selection = DigestSelection(configuration: config)
            try selection.override(types: types.flatMap(\.names), minScore: minScore, limit: limit, categories: categories)
            try workspace.store.requireTags(tag)
            selection.tags = tag
            let watches = watch.isEmpty ? (noWatches ? [] : config.watches) : try watch.map { try config.watches.named($0) }
            var builder = DigestBuilder(store: workspace.store, configuration: config)
            builder.includeCharts = format == .html && template == .digest
            var digest = try builder
                .build(range: try dates.range(defaultDays: config.daysBack), selection: selection, watches: watches, only: !watch.isEmpty)
            digest.recommended = try DigestBuilder(store: workspace.store, configuration: config)
                .recommendedSection(tags: recommend, for: digest, limit: recommendLimit)
            let sink = try output.map(OutputFile.init(path:)) ?? OutputFile()
            try sink.write(try ReportRenderers.renderer(format: format, template: template ?? .readme, group: group ?? .day).render(digest))
            try sink.commit()
            return digest
        }
        if let warning = ReportText.missingDaysWarning(digest.statistics.missingDays) { Console.warn(warning) }
        if digest.entries.isEmpty { Console.note(digest.emptyMessage) }
        if let output { Console.note("wrote \(digest.entries.count) papers (\(digest.range.label)) to \(output)") }
    }
}
