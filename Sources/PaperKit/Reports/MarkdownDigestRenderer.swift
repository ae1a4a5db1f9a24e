/// The digest template in Markdown, for ranges longer than a day: a header with the range and
/// its counts, the top keywords and authors, then the papers by day (every day named, closed
/// and missing days explained) or by primary category, each with why it scored.
public struct MarkdownDigestRenderer: ReportRenderer {
    public var group: ReportGroup

    public init(group: ReportGroup = .day) { self.group = group }

    public func render(_ digest: Digest) throws -> String {
        let s = digest.statistics
        var out = "# arXiv digest: \(digest.range.label)\n\n"
        out += "Generated \(ReportText.lastUpdated(digest.generatedAt)) by arxiv-bot.\n\n"
        out += "## Statistics\n\n"
        out += "- **Papers ingested in the range**: \(s.papersInRange)\n"
        out += "- **Per category** (primary): \(ReportText.list(s.perCategory))\n"
        out += "- **Announcements per type**: \(ReportText.list(s.perType))\n"
        out += "- **Passed the filter**: \(s.passedFilter) (\(Self.rule(digest.selection))); showing \(digest.entries.count)\n"
        out += "- **Top keywords**: \(ReportText.list(s.topKeywords))\n"
        out += "- **Top authors**: \(Self.text(ReportText.list(s.topAuthors)))\n"
        if let warning = ReportText.missingDaysWarning(s.missingDays) { out += "\n> ⚠️ **Warning**: \(warning)\n" }
        out += "\n"
        if digest.entries.isEmpty { out += "*\(digest.emptyMessage)*\n\n" }
        for section in digest.groups(by: group) {
            out += "## \(section.title)"
            if let status = section.status {
                out += status.kind == .missing ? " ⚠️\n\n" : "\n\n"
                if section.entries.isEmpty || status.kind != .announced { out += "*\(status.explanation)*\n\n" }
            } else {
                out += "\n\n"
            }
            for entry in section.entries { out += paper(entry) }
        }
        if let recommended = digest.recommended {
            out += "## \(RecommendedSection.title)\n\n*\(Self.text(recommended.subtitle))*\n\n"
            if recommended.entries.isEmpty { out += "*No other paper of \(digest.range.label) looks like them.*\n\n" }
            for r in recommended.entries {
                out += paper(DigestEntry(paper: r.paper)).replacingOccurrences(of: "keyword hits: ",
                    with: "why: \(Self.text(RecommendedSection.reasons(r))) · keyword hits: ")
            }
        }
        for section in digest.watchSections {
            out += "## \(Self.text(section.title))\n\n*\(Self.text(section.description))*\n\n"
            if section.entries.isEmpty { out += "*\(section.emptyMessage(digest.range))*\n\n" }
            for entry in section.entries { out += paper(entry) }
        }
        return out
    }

    func paper(_ entry: DigestEntry) -> String {
        let p = entry.paper
        let title = Self.text(p.title.normalizingWhitespace())
            .replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
        var out = "### [\(title)](\(p.url))\n\n"
        out += "\(Self.text(p.authors.isEmpty ? "Unknown" : p.authors.joined(separator: ", ")))  \n"
        out += "\(p.versionedID) · \(p.categories.joined(separator: ", ")) · \(p.date?.description ?? "")"
            + " · \(p.announceType?.rawValue ?? "new") · score \(ReportText.score(p.score))  \n"
        out += "keyword hits: \(ReportText.hits(p.keywordHits))\n\n"
        out += "> \(Self.text(ReportText.cutAbstract(p.abstract.normalizingWhitespace())))\n\n"
        if let summary = entry.summary {
            out += "<details>\n<summary>AI summary (by \(Self.text(summary.model)))</summary>\n\n\(summary.text)\n\n</details>\n\n"
        }
        return out
    }

    /// `types new; score >= 2.5; keyword hit; categories cs.AI, cs.CL`
    static func rule(_ s: DigestSelection) -> String {
        var parts = ["types " + (s.types.isEmpty ? "any" : s.types.map(\.rawValue).joined(separator: ", "))]
        parts.append("score >= \(ReportText.score(s.minScore))")
        if s.requireKeywordHit { parts.append("keyword hit") }
        if !s.categories.isEmpty { parts.append("categories " + s.categories.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    static func text(_ s: String) -> String { MarkdownReadmeRenderer.text(s) }
}
