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

    public static func csvFields(_ p: PaperResult) -> [String] {
        [p.arxivID, p.version.map(String.init) ?? "", p.title, p.authors.joined(separator: "; "),
         p.primaryCategory ?? "", p.categories.joined(separator: "; "), p.date?.description ?? "",
         p.published?.description ?? "", p.updated?.description ?? "", p.announceType?.rawValue ?? "",
         scoreText(p.score), hitsText(p.keywordHits), p.excluded ? "true" : "false", p.doi ?? "",
         p.journalRef ?? "", p.comments ?? "", p.url, p.pdfURL, p.abstract, p.summary ?? ""]
    }

    /// Scores are multiples of 0.5: print `4.5`, `3.0`.
    public static func scoreText(_ score: Double) -> String { String(format: "%.1f", score) }

    /// The JSON object of a paper (query's json, export's JSON lines).
    public struct JSON: Encodable {
        struct Hit: Encodable { var keyword: String; var field: String; var count: Int }
        var arxiv_id: String
        var version: Int?
        var title: String
        var authors: [String]
        var categories: [String]
        var primary_category: String?
        var published: String?
        var updated: String?
        var date: String?
        var announce_type: String?
        var score: Double
        var excluded: Bool
        var keyword_hits: [Hit]
        var snippet: String?
        var doi: String?
        var journal_ref: String?
        var comments: String?
        var url: String
        var pdf_url: String
        var abstract: String
        var summary: String?
        var summary_model: String?

        public init(_ p: PaperResult) {
            arxiv_id = p.arxivID
            version = p.version
            title = p.title
            authors = p.authors
            categories = p.categories
            primary_category = p.primaryCategory
            published = p.published?.description
            updated = p.updated?.description
            date = p.date?.description
            announce_type = p.announceType?.rawValue
            score = p.score
            excluded = p.excluded
            keyword_hits = p.keywordHits.map { Hit(keyword: $0.keyword, field: $0.field.rawValue, count: $0.count) }
            snippet = p.snippet.map(PaperResult.withoutHighlights)
            doi = p.doi
            journal_ref = p.journalRef
            comments = p.comments
            url = p.url
            pdf_url = p.pdfURL
            abstract = p.abstract
            summary = p.summary
            summary_model = p.summaryModel
        }

        /// Every key is written, missing values as `null`, so consumers see one stable shape.
        public func encode(to encoder: Encoder) throws {
            enum Key: String, CodingKey {
                case arxiv_id, version, title, authors, categories, primary_category, published, updated, date
                case announce_type, score, excluded, keyword_hits, snippet, doi, journal_ref, comments, url, pdf_url, abstract
                case summary, summary_model
            }
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(arxiv_id, forKey: .arxiv_id)
            try c.encode(version, forKey: .version)
            try c.encode(title, forKey: .title)
            try c.encode(authors, forKey: .authors)
            try c.encode(categories, forKey: .categories)
            try c.encode(primary_category, forKey: .primary_category)
            try c.encode(published, forKey: .published)
            try c.encode(updated, forKey: .updated)
            try c.encode(date, forKey: .date)
            try c.encode(announce_type, forKey: .announce_type)
            try c.encode(score, forKey: .score)
            try c.encode(excluded, forKey: .excluded)
            try c.encode(keyword_hits, forKey: .keyword_hits)
            try c.encode(snippet, forKey: .snippet)
            try c.encode(doi, forKey: .doi)
            try c.encode(journal_ref, forKey: .journal_ref)
            try c.encode(comments, forKey: .comments)
            try c.encode(url, forKey: .url)
            try c.encode(pdf_url, forKey: .pdf_url)
            try c.encode(abstract, forKey: .abstract)
            try c.encode(summary, forKey: .summary)
            try c.encode(summary_model, forKey: .summary_model)
        }
    }

    /// One compact JSON object, keys sorted, no trailing newline.
    public static func jsonLine(_ p: PaperResult) -> String {
        JSON(p).jsonText.rendered(pretty: false)
    }

    /// One JSON object, pretty-printed, keys sorted.
    public static func jsonObject(_ p: PaperResult) -> String {
        JSON(p).jsonText.rendered(pretty: true)
    }

    /// A JSON array of papers, pretty-printed, keys sorted.
    public static func jsonArray(_ papers: [PaperResult]) -> String {
        if papers.isEmpty { return "[]" }
        return JSONText.array(papers.map { JSON($0).jsonText }).rendered(pretty: true)
    }
}

extension PaperExport.JSON {
    /// The same object as `encode(to:)` writes, for `JSONText` (the fast writer).
    var jsonText: JSONText {
        .object([
            ("arxiv_id", .string(arxiv_id)), ("version", .optional(version)), ("title", .string(title)),
            ("authors", .array(authors.map(JSONText.string))), ("categories", .array(categories.map(JSONText.string))),
            ("primary_category", .optional(primary_category)), ("published", .optional(published)),
            ("updated", .optional(updated)), ("date", .optional(date)), ("announce_type", .optional(announce_type)),
            ("score", .number(score)), ("excluded", .bool(excluded)),
            ("keyword_hits", .array(keyword_hits.map {
                .object([("keyword", .string($0.keyword)), ("field", .string($0.field)), ("count", .number(Double($0.count)))])
            })),
            ("snippet", .optional(snippet)), ("doi", .optional(doi)), ("journal_ref", .optional(journal_ref)),
            ("comments", .optional(comments)), ("url", .string(url)), ("pdf_url", .string(pdf_url)),
            ("abstract", .string(abstract)), ("summary", .optional(summary)), ("summary_model", .optional(summary_model)),
        ])
    }
}
