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

/// The select list a `PaperResult` is read from, over `papers p`, one case per column in order:
/// authors, categories, hits and the first announcement's type from the paper row's display
/// columns (schema 006), the latest summary from a correlated subquery, so a page of results (or a
/// streamed export) is one statement. Rows are read by these names, never by position.
enum ResultColumn: Int32, CaseIterable {
    case arxivID, version, title, abstract, primaryCategory, date, published, updated, score, excluded,
         doi, journalRef, comments, authorNames, categoryList, hitList, firstType, latestSummary

    var sql: String {
        switch self {
        case .arxivID: "p.arxiv_id"
        case .version: "p.version"
        case .title: "p.title"
        case .abstract: "p.abstract"
        case .primaryCategory: "p.primary_category"
        case .date: PaperStore.paperDate
        case .published: "p.published"
        case .updated: "p.updated"
        case .score: "p.score"
        case .excluded: "p.excluded"
        case .doi: "p.doi"
        case .journalRef: "p.journal_ref"
        case .comments: "p.comments"
        case .authorNames: "p.author_names"
        case .categoryList: "p.category_list"
        case .hitList: "p.hit_list"
        case .firstType: "p.first_type"
        case .latestSummary:
            "(SELECT model || char(31) || text FROM summaries WHERE paper_id = p.id ORDER BY created_at DESC, id DESC LIMIT 1)"
        }
    }
}

extension PaperResult {
    /// The select list that `init(row:)` reads: every `ResultColumn`, in order.
    static let columns = ResultColumn.allCases.map(\.sql).joined(separator: ", ")

    /// Reads the `columns` select list starting at column `offset`.
    init(row: Statement, offset: Int32 = 0) {
        let row = NamedRow(statement: row, offset: offset)
        arxivID = row.text(.arxivID)
        version = row.optionalInt(.version)
        title = row.text(.title)
        abstract = row.text(.abstract)
        primaryCategory = row.optionalText(.primaryCategory)
        date = row.optionalText(.date).flatMap(Day.init(iso:))
        published = row.optionalText(.published).flatMap(Day.init(iso:))
        updated = row.optionalText(.updated).flatMap(Day.init(iso:))
        score = row.double(.score)
        excluded = row.int(.excluded) != 0
        doi = row.optionalText(.doi)
        journalRef = row.optionalText(.journalRef)
        comments = row.optionalText(.comments)
        authors = DisplayColumns.authors(from: row.optionalText(.authorNames))
        categories = DisplayColumns.categories(from: row.optionalText(.categoryList))
        keywordHits = DisplayColumns.hits(from: row.optionalText(.hitList))
        announceType = row.optionalText(.firstType).flatMap(AnnounceType.init(rawValue:))
        if let latest = row.optionalText(.latestSummary), let separator = latest.firstIndex(of: "\u{1F}") {
            summaryModel = String(latest[..<separator])
            summary = String(latest[latest.index(after: separator)...])
        }
    }
}

/// A result row read by column name, the `ResultColumn`s starting at `offset`.
private struct NamedRow {
    let statement: Statement
    let offset: Int32
    func int(_ c: ResultColumn) -> Int { statement.int(c.rawValue + offset) }
    func double(_ c: ResultColumn) -> Double { statement.double(c.rawValue + offset) }
    func text(_ c: ResultColumn) -> String { statement.text(c.rawValue + offset) }
    func optionalInt(_ c: ResultColumn) -> Int? { statement.optionalInt(c.rawValue + offset) }
    func optionalText(_ c: ResultColumn) -> String? { statement.optionalText(c.rawValue + offset) }
}
