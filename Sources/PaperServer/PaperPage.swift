import PaperKit

/// `GET /papers/{id}`: everything the store knows about one paper.
struct PaperPage {
    var paper: PaperResult
    var announcements: [AnnouncementRecord]
    /// "More like this" from all history (`PaperStore.similar`), best first.
    var similar: [Recommendation] = []
    /// How many similar papers the page lists.
    static let similarCount = 10

    private func e(_ s: String) -> String { PageLayout.e(s) }

    func render() -> String {
        let p = paper
        var out = "<article>\n<h1>\(e(p.title.normalizingWhitespace()))</h1>\n"
        out += "<p class=\"authors\">\(e(p.authors.isEmpty ? "Unknown" : p.authors.joined(separator: ", ")))</p>\n"
        out += "<p class=\"facts\"><span class=\"score\">score \(PaperExport.scoreText(p.score))</span>"
            + " <span>\(e(p.versionedID))</span> <span>\(e(p.categories.joined(separator: ", ")))</span>"
            + (p.excluded ? " <span>excluded by an exclude keyword</span>" : "") + "</p>\n"
        out += "<p><a href=\"\(e(p.url))\">arXiv abstract page</a> · <a href=\"\(e(p.pdfURL))\">PDF</a>"
            + " · <a href=\"/api/papers/\(e(p.arxivID))\">JSON</a></p>\n"
        out += "<table>\n" + facts().map { "<tr><th>\(e($0.0))</th><td>\(e($0.1))</td></tr>\n" }.joined() + "</table>\n"
        out += "<h2>Announcements</h2>\n"
        if announcements.isEmpty {
            out += "<p class=\"count\">None recorded (the paper came from the API, OAI-PMH or a JSON lines file).</p>\n"
        } else {
            out += "<table>\n<tr><th>day</th><th>type</th><th>feed</th><th>version</th></tr>\n"
            for a in announcements {
                out += "<tr><td>\(a.day)</td><td>\(e(a.type?.rawValue ?? ""))</td><td>\(e(a.feed))</td>"
                    + "<td>\(a.version.map { "v\($0)" } ?? "")</td></tr>\n"
            }
            out += "</table>\n"
        }
        out += "<h2>Keyword hits</h2>\n<p class=\"hits\">\(e(p.keywordHits.isEmpty ? "none" : PaperExport.hitsText(p.keywordHits)))</p>\n"
        if let summary = p.summary {
            out += "<h2>AI summary\(p.summaryModel.map { " (by \(e($0)))" } ?? "")</h2>\n<div class=\"summary\">\(e(summary))</div>\n"
        }
        out += "<h2>Abstract</h2>\n<p>\(e(p.abstract.normalizingWhitespace()))</p>\n"
        out += similarSection() + "</article>\n"
        return PageLayout.page(title: p.title.normalizingWhitespace(), body: out)
    }

    private func similarSection() -> String {
        var out = "<h2>Similar papers</h2>\n"
        guard !similar.isEmpty else { return out + "<p class=\"count\">None found.</p>\n" }
        out += "<ol class=\"similar\">\n"
        for r in similar {
            let shared = r.reasons.map(\.term).joined(separator: ", ")
            out += "<li><a href=\"/papers/\(e(r.paper.arxivID))\">\(e(r.paper.title.normalizingWhitespace()))</a>"
                + " <span class=\"count\">\(e(r.paper.date?.description ?? "")) · shares \(e(shared))</span></li>\n"
        }
        return out + "</ol>\n"
    }

    private func facts() -> [(String, String)] {
        let p = paper
        var rows: [(String, String)] = []
        if let date = p.date { rows.append(("date", date.description)) }
        if let published = p.published { rows.append(("published (v1)", published.description)) }
        if let updated = p.updated { rows.append(("updated", updated.description)) }
        if let primary = p.primaryCategory { rows.append(("primary category", primary)) }
        if let doi = p.doi { rows.append(("DOI", doi)) }
        if let journal = p.journalRef { rows.append(("journal", journal)) }
        if let comments = p.comments { rows.append(("comments", comments)) }
        return rows
    }
}
