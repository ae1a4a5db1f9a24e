import Foundation

/// An AI summary of a paper, as the readme's details block and the feeds show it.
public struct PaperSummary: Sendable, Equatable {
    /// The model that wrote it, shown in the README's details block.
    public var model: String
    /// Markdown.
    public var text: String

    public init(model: String, text: String) {
        self.model = model
        self.text = text
    }
}

/// One selected paper.
public struct DigestEntry: Sendable, Equatable {
    public var paper: PaperResult
    /// The paper's latest stored summary, when it has one.
    public var summary: PaperSummary?

    public init(paper: PaperResult, summary: PaperSummary?) {
        self.paper = paper
        self.summary = summary
    }

    /// The entry with the paper's latest stored summary, if it has one.
    public init(paper: PaperResult) {
        var summary: PaperSummary?
        if let text = paper.summary, let model = paper.summaryModel { summary = PaperSummary(model: model, text: text) }
        self.init(paper: paper, summary: summary)
    }
}

/// Everything a report shows: the range, the selected papers (best first), the statistics and
/// the configuration they came from. Renderers only format it.
public struct Digest: Sendable {
    public var range: DigestRange
    /// When the report was made; injected so golden files are stable.
    public var generatedAt: Date
    /// The rule the entries passed, command-line overrides included.
    public var selection: DigestSelection
    /// Best score first, at most `selection.limit`.
    public var entries: [DigestEntry]
    public var statistics: DigestStatistics
    /// The configured keywords and the selection's categories (command-line overrides included),
    /// for the README's Configuration and Statistics.
    public var keywords: [String]
    public var monitoredCategories: [String]
    /// A section per configured watch, after the keyword selection (none with `--no-watches`).
    public var watchSections: [WatchSection] = []
    /// Papers like the user's tagged ones, after the keyword selection (`report --recommend TAG`).
    public var recommended: RecommendedSection?
    /// The html digest's small charts: papers per day per category, and per watch or keyword.
    public var charts: DigestCharts?

    public init(range: DigestRange, generatedAt: Date, selection: DigestSelection, entries: [DigestEntry],
                statistics: DigestStatistics, keywords: [String], monitoredCategories: [String]) {
        self.range = range
        self.generatedAt = generatedAt
        self.selection = selection
        self.entries = entries
        self.statistics = statistics
        self.keywords = keywords
        self.monitoredCategories = monitoredCategories
    }

    /// The sentence an empty report shows.
    public var emptyMessage: String { "No papers matched the selection for \(range.label)." }
}
