import Foundation

/// A watch's papers in a digest: a section of its own after the keyword selection, in the
/// digest and readme templates (markdown and html) and the JSON report.
public struct WatchSection: Sendable, Equatable {
    public var watch: Watch
    /// Best score first, each paper once however many versions or announcements it has in the range.
    public var entries: [DigestEntry]

    public init(watch: Watch, entries: [DigestEntry]) {
        self.watch = watch
        self.entries = entries
    }

    /// `Watch: spec-decoding`
    public var title: String { "Watch: \(watch.name)" }

    /// What the watch selects, in words (`Watch.summary`).
    public var description: String { watch.summary }

    /// The sentence an empty section shows.
    public func emptyMessage(_ range: DigestRange) -> String { "No papers for this watch in \(range.label)." }
}

extension DigestBuilder {
    /// The digest of `range` with a section per watch in `watches`, after the keyword selection;
    /// with `only`, the named watches' papers (each once, best score first) replace the keyword
    /// selection and there are no sections (`report --watch NAME`).
    public func build(range: DigestRange, selection: DigestSelection, watches: [Watch], only: Bool,
                      generatedAt: Date = Date()) throws -> Digest {
        var digest = try build(range: range, selection: selection, generatedAt: generatedAt)
        let sections = try watchSections(watches, in: range, limit: selection.limit)
        guard only else {
            digest.watchSections = sections
            if includeCharts && !watches.isEmpty { digest.charts = try charts(for: digest, watches: watches) }
            return digest
        }
        var seen = Set<String>()
        let papers = sections.flatMap(\.entries).filter { seen.insert($0.paper.arxivID).inserted }
        digest.entries = papers.sorted {
            ($0.paper.score, $0.paper.date?.description ?? "", $1.paper.arxivID) > ($1.paper.score, $1.paper.date?.description ?? "", $0.paper.arxivID)
        }
        return digest
    }

    /// One section per watch: its papers of `range`, best first, at most `limit` each.
    public func watchSections(_ watches: [Watch], in range: DigestRange, limit: Int) throws -> [WatchSection] {
        try watches.map { watch in
            WatchSection(watch: watch, entries: try store.watchPapers(watch, in: range, limit: limit).map(DigestEntry.init(paper:)))
        }
    }
}
