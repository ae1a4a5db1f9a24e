/// The output formats of `report`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case markdown, html, json, rss, atom
}

/// The page layouts of the markdown and html formats.
public enum ReportTemplate: String, Sendable, CaseIterable {
    /// The old bot's README: statistics, numbered papers, configuration, schedule.
    case readme
    /// For longer ranges: counts, top keywords and authors, papers grouped by day or category.
    case digest
}

/// How the digest template groups its papers.
public enum ReportGroup: String, Sendable, CaseIterable {
    case day, category
}

/// Turns a digest into the text of one format.
public protocol ReportRenderer {
    func render(_ digest: Digest) throws -> String
}

/// Picks the renderer for a format, template and grouping.
public enum ReportRenderers {
    /// The renderer of `format`; `template` and `group` apply to Markdown and HTML only.
    public static func renderer(format: ReportFormat, template: ReportTemplate = .readme,
                                group: ReportGroup = .day) -> any ReportRenderer {
        switch format {
        case .markdown: return template == .readme ? MarkdownReadmeRenderer() : MarkdownDigestRenderer(group: group)
        case .html: return HTMLRenderer(template: template, group: group)
        case .json: return JSONReportRenderer()
        case .rss: return RSSRenderer()
        case .atom: return AtomRenderer()
        }
    }
}
