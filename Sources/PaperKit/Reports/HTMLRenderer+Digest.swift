extension HTMLRenderer {
    /// The digest template: header with counts, top keywords and authors, then the sections.
    func digestBody(_ digest: Digest) -> String {
        let s = digest.statistics
        var out = "<h1>arXiv digest: \(e(digest.range.label))</h1>\n"
        out += "<p>Generated \(ReportText.lastUpdated(digest.generatedAt)) by arxiv-bot.</p>\n"
        out += "<h2>Statistics</h2>\n<table>\n"
        let rows = [
            ("Papers ingested in the range", "\(s.papersInRange)"),
            ("Per category (primary)", ReportText.list(s.perCategory)),
            ("Announcements per type", ReportText.list(s.perType)),
            ("Passed the filter", "\(s.passedFilter) (\(MarkdownDigestRenderer.rule(digest.selection))); showing \(digest.entries.count)"),
            ("Top keywords", ReportText.list(s.topKeywords)),
            ("Top authors", ReportText.list(s.topAuthors)),
        ]
        for (name, value) in rows { out += "<tr><th>\(e(name))</th><td>\(e(value))</td></tr>\n" }
        out += "</table>\n"
        if let warning = ReportText.missingDaysWarning(s.missingDays) {
            out += "<p class=\"warning\">⚠️ <b>Warning</b>: \(e(warning))</p>\n"
        }
        out += charts(digest)
        if digest.entries.isEmpty { out += "<p class=\"empty\">\(e(digest.emptyMessage))</p>\n" }
        for section in digest.groups(by: group) {
            out += "<section>\n<h2>\(e(section.title))\(section.status?.kind == .missing ? " ⚠️" : "")</h2>\n"
            if let status = section.status, section.entries.isEmpty || status.kind != .announced {
                out += "<p class=\"day-status\">\(e(status.explanation))</p>\n"
            }
            for entry in section.entries { out += paper(entry) }
            out += "</section>\n"
        }
        return out + recommendedSection(digest) + watchSections(digest)
    }

    /// Papers per day per category, and per watch or keyword, as small inline SVGs; none for a
    /// one-day digest, where a line has a single point.
    func charts(_ digest: Digest) -> String {
        guard let charts = digest.charts, digest.range.dayCount > 1 else { return "" }
        func chart(_ trend: Trend, _ title: String, _ id: String) -> String {
            var renderer = TrendChart(title: title)
            renderer.width = 720
            renderer.height = 260
            return "<figure class=\"chart\">" + renderer.inline(trend, id: id) + "</figure>\n"
        }
        var out = chart(charts.categories, "Papers per day by category", "hatch-categories")
        if let interests = charts.interests {
            out += chart(interests, "Papers per day by \(charts.interestsLabel == "watches" ? "watch" : "keyword")", "hatch-interests")
        }
        return out
    }

    /// "Recommended from your library", with each paper's reasons.
    func recommendedSection(_ digest: Digest) -> String {
        guard let recommended = digest.recommended else { return "" }
        var out = "<section class=\"recommended\">\n<h2>\(e(RecommendedSection.title))</h2>\n<p class=\"watch-query\">\(e(recommended.subtitle))</p>\n"
        if recommended.entries.isEmpty { out += "<p class=\"empty\">No other paper of \(e(digest.range.label)) looks like them.</p>\n" }
        for r in recommended.entries {
            out += paper(DigestEntry(paper: r.paper)).replacingOccurrences(of: "<p class=\"hits\">keyword hits: ",
                with: "<p class=\"hits\">why: \(e(RecommendedSection.reasons(r))) · keyword hits: ")
        }
        return out + "</section>\n"
    }
}
