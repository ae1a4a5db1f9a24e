/// How a paper appeared in a daily announcement.
public enum AnnounceType: String, Sendable, CaseIterable, Codable {
    /// First announcement of a new paper.
    case new
    /// Cross-listed from another category.
    case cross
    /// A new version of a paper announced before.
    case replace
    /// A new version of a cross-listed paper.
    case replaceCross = "replace-cross"
}

/// One author as the source names them, with TeX accents already decoded to Unicode.
public struct Author: Hashable, Sendable {
    public var name: String
    /// As the source gives them, often none; stored joined with `; `.
    public var affiliations: [String]

    public init(name: String, affiliations: [String] = []) {
        self.name = name
        self.affiliations = affiliations
    }
}

/// One paper as one source describes it: the common currency between parsers, scorer and store.
///
/// Every parser yields these; fields a source does not carry stay nil or empty.
public struct PaperRecord: Hashable, Sendable {
    public var id: ArxivID
    /// Version this record describes (`v3` -> 3); nil when the source does not say.
    public var version: Int?
    /// Whitespace folded and TeX accents decoded, by every parser.
    public var title: String
    /// Cleaned like `title`; from a daily feed, without its `arXiv:… Announce Type:` header.
    public var abstract: String
    /// In the source's order.
    public var authors: [Author]
    /// All categories, primary first when the source says which one is primary.
    public var categories: [String]
    /// nil when the source does not say; the store then takes the first of `categories`.
    public var primaryCategory: String?
    /// Announcement type, only for daily-feed records.
    public var announceType: AnnounceType?
    /// The announcement day, only for daily-feed records.
    public var announced: Day?
    /// The feed that announced it (`cs.AI`, or `cs.AI+cs.CL` for a combined feed).
    public var feed: String?
    /// First version's submission day.
    public var published: Day?
    /// Latest version's day, when the source gives it.
    public var updated: Day?
    /// Whitespace folded; nil when the source has none (likewise `journalRef`, `comments`, `license`).
    public var doi: String?
    public var journalRef: String?
    public var comments: String?
    public var license: String?

    /// The day of the version this record describes: `updated`, else, for a replacement (v2 or
    /// later) that a daily feed announced without dates, the day it was announced.
    public var versionDay: Day? { updated ?? ((version ?? 1) > 1 ? announced : nil) }

    public init(id: ArxivID, version: Int? = nil, title: String, abstract: String, authors: [Author] = [],
                categories: [String] = [], primaryCategory: String? = nil, announceType: AnnounceType? = nil,
                announced: Day? = nil, feed: String? = nil, published: Day? = nil, updated: Day? = nil,
                doi: String? = nil, journalRef: String? = nil, comments: String? = nil, license: String? = nil) {
        self.id = id
        self.version = version
        self.title = title
        self.abstract = abstract
        self.authors = authors
        self.categories = categories
        self.primaryCategory = primaryCategory
        self.announceType = announceType
        self.announced = announced
        self.feed = feed
        self.published = published
        self.updated = updated
        self.doi = doi
        self.journalRef = journalRef
        self.comments = comments
        self.license = license
    }
}

extension PaperRecord {
    /// The category the store files the paper under: the source's primary, else the first listed.
    var storedPrimaryCategory: String? { primaryCategory ?? categories.first }
}
