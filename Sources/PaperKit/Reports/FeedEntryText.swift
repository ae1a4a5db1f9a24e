/// The per-paper text RSS and Atom share: the item description as an HTML fragment (authors,
/// categories, score, keyword hits, abstract, summary), every piece of feed text escaped.
enum FeedEntryText {
    static func descriptionHTML(_ entry: DigestEntry) -> String {
        let p = entry.paper
        let e = XMLEscaping.escape
        var html = "<p><b>Authors:</b> \(e(p.authors.joined(separator: ", ")))<br/>"
            + "<b>Categories:</b> \(e(p.categories.joined(separator: ", ")))<br/>"
            + "<b>Score:</b> \(ReportText.score(p.score)) · <b>Type:</b> \(p.announceType?.rawValue ?? "new")"
            + " · <b>arXiv:</b> \(e(p.versionedID))<br/>"
            + "<b>Keyword hits:</b> \(e(ReportText.hits(p.keywordHits)))</p>"
            + "<p>\(e(p.abstract.normalizingWhitespace()))</p>"
        if let summary = entry.summary {
            html += "<p><b>AI summary (\(e(summary.model))):</b></p><p>\(e(summary.text))</p>"
        }
        return html
    }

    /// A stable ID per paper version, as arXiv's own feeds spell it: `oai:arXiv.org:2607.21981v1`.
    static func guid(_ p: PaperResult) -> String { "oai:arXiv.org:\(p.versionedID)" }

    /// The feed's title.
    static func title(_ digest: Digest) -> String { "arxiv-bot digest: \(digest.range.label)" }
}
