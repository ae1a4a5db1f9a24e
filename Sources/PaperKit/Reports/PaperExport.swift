import Foundation

/// The export's columns and JSON fields for one paper: one place, so CSV, JSON lines and
/// `query --format json|csv` agree.
public enum PaperExport {
    public static let csvColumns = [
        "arxiv_id", "version", "title", "authors", "primary_category", "categories", "date", "published",
        "updated", "announce_type", "score", "keyword_hits", "excluded", "doi", "journal_ref", "comments",
        "url", "pdf_url", "abstract", "summary",
    ]

    /// `speculative(title×1); decoding(abstract×3)`
    public static func hitsText(_ hits: [KeywordHit]) -> String {
        hits.map { "\($0.keyword)(\($0.field.rawValue)×\($0.count))" }.joined(separator: "; ")
    }

    /// One CSV row of `p`, in the order of the export's header.
    public static func csvFields(_ p: PaperResult) -> [String] {
        [p.arxivID, p.version.map(String.init) ?? "", p.title, p.authors.joined(separator: "; "),
         p.primaryCategory ?? "", p.categories.joined(separator: "; "), p.date?.description ?? "",
         p.published?.description ?? "", p.updated?.description ?? "", p.announceType?.rawValue ?? "",
         scoreText(p.score), hitsText(p.keywordHits), p.excluded ? "true" : "false", p.doi ?? "",
         p.journalRef ?? "", p.comments ?? "", p.url, p.pdfURL, p.abstract, p.summary ?? ""]
    }

    /// Scores are multiples of 0.5: print `4.5`, `3.0`.
    public static func scoreText(_ score: Double) -> String { String(format: "%.1f", score) }

    /// One compact JSON object, keys sorted, no trailing newline (a `PaperRowWriter` JSON line).
    public static func jsonLine(_ p: PaperResult) -> String {
        var writer = PaperRowWriter(.jsonLines)
        return String(writer.row(p).dropLast())
    }

    /// One JSON object, pretty-printed, keys sorted.
    public static func jsonObject(_ p: PaperResult) -> String {
        var writer = PaperJSONWriter(pretty: true, depth: 0)
        writer.write(p)
        return String(decoding: writer.writer.bytes, as: UTF8.self)
    }

    /// A JSON array of papers, pretty-printed, keys sorted (`PaperRowWriter`'s `jsonArray`).
    public static func jsonArray(_ papers: [PaperResult]) -> String {
        String(decoding: jsonArrayBytes(papers), as: UTF8.self)
    }

    /// `jsonArray` as UTF-8 bytes.
    public static func jsonArrayBytes(_ papers: [PaperResult]) -> [UInt8] {
        PaperRowWriter.bytes(papers, as: .jsonArray)
    }
}
