/// A paper as query, report and export present it.
public struct PaperResult: Sendable, Equatable {
    /// Versionless: `2601.03043`, `hep-th/9901001`.
    public var arxivID: String
    /// The latest version the store has seen; nil when no source said.
    public var version: Int?
    public var title: String
    public var abstract: String
    /// Names in the source's order (affiliations are not included).
    public var authors: [String]
    /// Primary category first.
    public var categories: [String]
    /// The source's primary category, else the first category it listed.
    public var primaryCategory: String?
    /// First announcement day, else v1 day.
    public var date: Day?
    /// The v1 submission day.
    public var published: Day?
    /// The latest stored version's day (`PaperRecord.versionDay`).
    public var updated: Day?
    /// The type of the paper's first announcement, when it was announced in a feed we read.
    public var announceType: AnnounceType?
    /// Under the keywords of the last ingest or rescore, not necessarily the current configuration's.
    public var score: Double
    /// An exclude keyword matched, at that same scoring.
    public var excluded: Bool
    /// Title hits first, then abstract hits, each by keyword.
    public var keywordHits: [KeywordHit]
    public var doi: String?
    public var journalRef: String?
    public var comments: String?
    /// The latest LLM summary of the paper, and the model that wrote it.
    public var summary: String?
    public var summaryModel: String?
    /// About 16 words of the abstract around the matches, matched words wrapped in
    /// `PaperResult.highlightStart`/`highlightEnd` (the abstract's start when only the title or
    /// authors matched: the title is shown anyway); only for text searches.
    public var snippet: String?

    /// Marks around matched words in `snippet`; renderers replace them (bold, `[...]`).
    public static let highlightStart = "\u{2}"
    public static let highlightEnd = "\u{3}"

    /// `snippet` as plain text: the highlight markers removed (a byte filter: both markers are
    /// one byte in UTF-8 and no other character contains those bytes; Foundation's
    /// `replacingOccurrences` cost 6% of a served search, a scalar filter 3%).
    public static func withoutHighlights(_ text: String) -> String {
        String(decoding: text.utf8.filter { $0 != 0x02 && $0 != 0x03 }, as: UTF8.self)
    }

    /// `2601.03043v2`, or the bare ID when the version is unknown.
    public var versionedID: String { version.map { "\(arxivID)v\($0)" } ?? arxivID }
    /// The abstract page, versionless (arXiv shows the latest version).
    public var url: String { "https://arxiv.org/abs/\(arxivID)" }
    /// The PDF of the stored version (the latest when the version is unknown).
    public var pdfURL: String { "https://arxiv.org/pdf/\(versionedID)" }
}

extension PaperResult {
    /// The select list that `init(row:)` reads, over `papers p`: authors, categories, hits and the
    /// first announcement's type from the paper row's display columns (schema 006), the latest
    /// summary from a correlated subquery, so a page of results (or a streamed export) is one statement.
    static let columns = """
        p.arxiv_id, p.version, p.title, p.abstract, p.primary_category,
        \(PaperStore.paperDate), p.published, p.updated, p.score, p.excluded,
        p.doi, p.journal_ref, p.comments, p.author_names, p.category_list, p.hit_list, p.first_type,
        (SELECT model || char(31) || text FROM summaries WHERE paper_id = p.id ORDER BY created_at DESC, id DESC LIMIT 1)
        """

    /// Reads the `columns` select list starting at column `offset`.
    init(row: Statement, offset: Int32 = 0) {
        let row = OffsetRow(statement: row, offset: offset)
        arxivID = row.text(0)
        version = row.optionalInt(1)
        title = row.text(2)
        abstract = row.text(3)
        primaryCategory = row.optionalText(4)
        date = row.optionalText(5).flatMap(Day.init(iso:))
        published = row.optionalText(6).flatMap(Day.init(iso:))
        updated = row.optionalText(7).flatMap(Day.init(iso:))
        score = row.double(8)
        excluded = row.int(9) != 0
        doi = row.optionalText(10)
        journalRef = row.optionalText(11)
        comments = row.optionalText(12)
        authors = Self.fields(row.optionalText(13), 0x1F)
        categories = Self.fields(row.optionalText(14), UInt8(ascii: " "))
        keywordHits = Self.fields(row.optionalText(15), 0x1E).compactMap { item in
            let parts = Self.fields(item, 0x1F, keepingEmpty: true)
            guard parts.count == 3, let field = PaperField(rawValue: parts[1]), let count = Int(parts[2]) else { return nil }
            return KeywordHit(keyword: parts[0], field: field, count: count)
        }
        announceType = row.optionalText(16).flatMap(AnnounceType.init(rawValue:))
        if let latest = row.optionalText(17), let separator = latest.firstIndex(of: "\u{1F}") {
            summaryModel = String(latest[..<separator])
            summary = String(latest[latest.index(after: separator)...])
        }
    }
}

extension PaperResult {
    /// `text` split at an ASCII `separator`, by bytes: splitting by Character walks grapheme
    /// clusters, which cost a few percent of a served search.
    fileprivate static func fields(_ text: String?, _ separator: UInt8, keepingEmpty: Bool = false) -> [String] {
        guard let text else { return [] }
        return text.utf8.split(separator: separator, omittingEmptySubsequences: !keepingEmpty)
            .map { String(Substring($0)) }
    }
}

/// A view of a result row whose columns start at `offset`.
private struct OffsetRow {
    let statement: Statement
    let offset: Int32
    func int(_ c: Int32) -> Int { statement.int(c + offset) }
    func double(_ c: Int32) -> Double { statement.double(c + offset) }
    func text(_ c: Int32) -> String { statement.text(c + offset) }
    func optionalInt(_ c: Int32) -> Int? { statement.optionalInt(c + offset) }
    func optionalText(_ c: Int32) -> String? { statement.optionalText(c + offset) }
}
