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

    /// The JSON object of a paper (query's json, export's JSON lines, the JSON report): every key
    /// is written, missing values as `null`, so consumers see one stable shape.
    public struct JSON: Encodable {
        let object: JSONText

        public init(_ p: PaperResult) {
            func optional(_ text: String?) -> JSONText { text.map(JSONText.string) ?? .null }
            // Listed in key order, the order they are written in (JSONText then skips sorting).
            object = .object([
                ("abstract", .string(p.abstract)), ("announce_type", optional(p.announceType?.rawValue)),
                ("arxiv_id", .string(p.arxivID)), ("authors", .array(p.authors.map(JSONText.string))),
                ("categories", .array(p.categories.map(JSONText.string))), ("comments", optional(p.comments)),
                ("date", optional(p.date?.description)), ("doi", optional(p.doi)), ("excluded", .bool(p.excluded)),
                ("journal_ref", optional(p.journalRef)),
                ("keyword_hits", .array(p.keywordHits.map {
                    .object([("count", .number(Double($0.count))), ("field", .string($0.field.rawValue)), ("keyword", .string($0.keyword))])
                })),
                ("pdf_url", .string(p.pdfURL)), ("primary_category", optional(p.primaryCategory)),
                ("published", optional(p.published?.description)), ("score", .number(p.score)),
                ("snippet", optional(p.snippet.map(PaperResult.withoutHighlights))), ("summary", optional(p.summary)),
                ("summary_model", optional(p.summaryModel)), ("title", .string(p.title)),
                ("updated", optional(p.updated?.description)), ("url", .string(p.url)),
                ("version", p.version.map { .number(Double($0)) } ?? .null),
            ])
        }

        public func encode(to encoder: Encoder) throws { try object.encode(to: encoder) }
    }

    /// One compact JSON object, keys sorted, no trailing newline.
    public static func jsonLine(_ p: PaperResult) -> String {
        var writer = JSONWriter(pretty: false)
        writeJSON(p, to: &writer, depth: 0)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// One JSON object, pretty-printed, keys sorted.
    public static func jsonObject(_ p: PaperResult) -> String {
        var writer = JSONWriter(pretty: true)
        writeJSON(p, to: &writer, depth: 0)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// A JSON array of papers, pretty-printed, keys sorted.
    public static func jsonArray(_ papers: [PaperResult]) -> String {
        String(decoding: jsonArrayBytes(papers), as: UTF8.self)
    }

    /// `jsonArray` as UTF-8 bytes.
    public static func jsonArrayBytes(_ papers: [PaperResult]) -> [UInt8] {
        if papers.isEmpty { return Array("[]".utf8) }
        var writer = JSONWriter(pretty: true, capacity: 2_048 * papers.count)
        writer.openArray()
        for (i, paper) in papers.enumerated() {
            writer.element(i, depth: 0)
            writeJSON(paper, to: &writer, depth: 1)
        }
        writer.closeArray(depth: 0)
        return writer.bytes
    }

    /// Writes what `JSON(p)` renders, straight from the paper: a served search writes 20 of these
    /// per request, and building the `JSONText` tree first cost as much as writing it.
    /// `JSONTextTests` holds the two, and `JSONEncoder`, to the same bytes.
    static func writeJSON(_ p: PaperResult, to w: inout JSONWriter, depth: Int) {
        w.openObject()
        w.member("abstract", 0, depth: depth); w.writeString(p.abstract)
        w.member("announce_type", 1, depth: depth); w.writeOptional(p.announceType?.rawValue)
        w.member("arxiv_id", 2, depth: depth); w.writeString(p.arxivID)
        w.member("authors", 3, depth: depth); w.writeStrings(p.authors, depth: depth + 1)
        w.member("categories", 4, depth: depth); w.writeStrings(p.categories, depth: depth + 1)
        w.member("comments", 5, depth: depth); w.writeOptional(p.comments)
        w.member("date", 6, depth: depth); w.writeOptional(p.date?.description)
        w.member("doi", 7, depth: depth); w.writeOptional(p.doi)
        w.member("excluded", 8, depth: depth); w.writeBool(p.excluded)
        w.member("journal_ref", 9, depth: depth); w.writeOptional(p.journalRef)
        w.member("keyword_hits", 10, depth: depth)
        w.openArray()
        for (i, hit) in p.keywordHits.enumerated() {
            w.element(i, depth: depth + 1)
            w.openObject()
            w.member("count", 0, depth: depth + 2); w.writeNumber(Double(hit.count))
            w.member("field", 1, depth: depth + 2); w.writeString(hit.field.rawValue)
            w.member("keyword", 2, depth: depth + 2); w.writeString(hit.keyword)
            w.closeObject(depth: depth + 2)
        }
        w.closeArray(depth: depth + 1)
        w.member("pdf_url", 11, depth: depth); w.writeString(p.pdfURL)
        w.member("primary_category", 12, depth: depth); w.writeOptional(p.primaryCategory)
        w.member("published", 13, depth: depth); w.writeOptional(p.published?.description)
        w.member("score", 14, depth: depth); w.writeNumber(p.score)
        w.member("snippet", 15, depth: depth); w.writeOptional(p.snippet, droppingHighlights: true)
        w.member("summary", 16, depth: depth); w.writeOptional(p.summary)
        w.member("summary_model", 17, depth: depth); w.writeOptional(p.summaryModel)
        w.member("title", 18, depth: depth); w.writeString(p.title)
        w.member("updated", 19, depth: depth); w.writeOptional(p.updated?.description)
        w.member("url", 20, depth: depth); w.writeString(p.url)
        w.member("version", 21, depth: depth)
        if let version = p.version { w.writeNumber(Double(version)) } else { w.writeNull() }
        w.closeObject(depth: depth)
    }
}
