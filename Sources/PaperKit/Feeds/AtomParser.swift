/// Parses arXiv Atom: API responses (legacy and 2025+ layouts) and the daily Atom feed.
///
/// Both layouts are read by local name, so per-element or root namespace declarations and any
/// element order work the same. The API's error feed becomes `FeedError.apiError`. An entry
/// without an arXiv ID or title, or with a date that is not one, is skipped (see `ParseControl`).
struct AtomParser {
    let reader: XMLStreamReader
    let format: FeedFormat
    var control = ParseControl()

    private struct Entry {
        var line = 0
        var id = ""
        var title = ""
        var summary = ""
        var updated: String?
        var published: String?
        var categories: [String] = []
        var primary: String?
        var authors: [Author] = []
        var creator: String?
        var comment: String?
        var journalRef: String?
        var doi: String?
        var announceType: String?
        var rights: String?
    }

    func parse(_ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        var info = FeedInfo(format: format, source: reader.source)
        var entry = Entry()
        var inEntry = false
        var author: Author?
        var feedID: String?
        var feedTitle: String?
        while try reader.read() {
            if reader.isElement {
                if inEntry {
                    if reader.isNamed("name"), author != nil { author?.name = FieldText.cleanName(try reader.readText()) }
                    else if reader.isNamed("affiliation"), author != nil {
                        let text = FieldText.clean(try reader.readText())
                        if !text.isEmpty { author?.affiliations.append(text) }
                    }
                    else if reader.isNamed("author") { author = Author(name: "") }
                    else if reader.isNamed("id") { entry.id = FieldText.fold(try reader.readText()) }
                    else if reader.isNamed("title") { entry.title = try reader.readText() }
                    else if reader.isNamed("summary") { entry.summary = try reader.readText() }
                    else if reader.isNamed("category") { if let t = reader.attribute("term") { entry.categories.append(t) } }
                    else if reader.isNamed("primary_category") { entry.primary = reader.attribute("term") }
                    else if reader.isNamed("published") { entry.published = try reader.readText() }
                    else if reader.isNamed("updated") { entry.updated = try reader.readText() }
                    else if reader.isNamed("comment") { entry.comment = try reader.readText() }
                    // The API says `journal_ref` and `doi`; the daily feed, like its RSS flavour,
                    // `journal_reference` and `DOI`.
                    else if reader.isNamed("journal_ref") || reader.isNamed("journal_reference") { entry.journalRef = try reader.readText() }
                    else if reader.isNamed("doi") || reader.isNamed("DOI") { entry.doi = try reader.readText() }
                    else if reader.isNamed("announce_type") { entry.announceType = FieldText.fold(try reader.readText()) }
                    else if reader.isNamed("creator") { entry.creator = try reader.readText() }
                    else if reader.isNamed("rights") { entry.rights = try reader.readText() }
                } else if reader.isNamed("entry") {
                    entry = Entry()
                    entry.line = reader.nodeLine
                    inEntry = true
                    if info.feedName == nil, format == .atomDaily { info.feedName = Self.feedName(id: feedID, title: feedTitle) }
                } else if reader.isNamed("totalResults") { info.totalResults = Int(FieldText.fold(try reader.readText())) }
                else if reader.isNamed("startIndex") { info.startIndex = Int(FieldText.fold(try reader.readText())) }
                else if reader.isNamed("itemsPerPage") { info.itemsPerPage = Int(FieldText.fold(try reader.readText())) }
                else if reader.isNamed("updated") { info.buildDate = FieldText.fold(try reader.readText()) }
                else if reader.isNamed("id") { feedID = FieldText.fold(try reader.readText()) }
                else if reader.isNamed("title") { feedTitle = FieldText.fold(try reader.readText()) }
            } else if reader.isEndElement && inEntry {
                if reader.isNamed("author"), let a = author {
                    if !a.name.isEmpty { entry.authors.append(a) }
                    author = nil
                } else if reader.isNamed("entry") {
                    inEntry = false
                    guard control.beginRecord(line: entry.line) else { continue }
                    let record: PaperRecord
                    do { record = try self.record(entry) } catch let FeedError.badRecord(source, line, reason) {
                        try control.skip(.badRecord(source: source, line: line, reason: reason))
                        continue
                    }
                    if format == .atomDaily, info.day == nil { info.day = record.announced }
                    var withFeed = record
                    if format == .atomDaily { withFeed.feed = info.feedName }
                    try onRecord(withFeed)
                    info.recordCount += 1
                }
            }
        }
        if format == .atomDaily {
            if info.feedName == nil { info.feedName = Self.feedName(id: feedID, title: feedTitle) }
            if info.day == nil { info.day = FeedDates.day(info.buildDate) }
        }
        return info
    }

    private func record(_ e: Entry) throws -> PaperRecord {
        if e.id.contains("arxiv.org/api/errors") || (e.title == "Error" && ArxivIDScanner.parse(e.id) == nil) {
            throw FeedError.apiError(source: reader.source, message: FieldText.fold(e.summary))
        }
        guard let parsed = ArxivIDScanner.parse(e.id) else {
            throw FeedError.badRecord(source: reader.source, line: e.line, reason: "entry id '\(e.id.prefix(80))' is not an arXiv id")
        }
        guard !FieldText.fold(e.title).isEmpty else {
            throw FeedError.badRecord(source: reader.source, line: e.line, reason: "entry \(parsed.id) has no title")
        }
        for (name, text) in [("published", e.published), ("updated", e.updated)] {
            if let text, FeedDates.day(text) == nil {
                throw FeedError.badRecord(source: reader.source, line: e.line,
                                          reason: "entry \(parsed.id): \(name) '\(FieldText.fold(text).prefix(40))' is not a date")
            }
        }
        var summary = Substring(e.summary)
        var type = e.announceType
        var version = parsed.version
        if format == .atomDaily {
            let split = RSSParser.splitDescription(e.summary)
            summary = split.abstract
            type = type ?? split.type
            if version == nil, let h = split.id { version = ArxivIDScanner.parse(h)?.version }
        }
        let categories = ArxivCategory.ordered(e.categories, primary: e.primary)
        let daily = format == .atomDaily
        return PaperRecord(
            id: parsed.id, version: version, title: FieldText.clean(e.title), abstract: FieldText.clean(String(summary)),
            authors: e.creator.map(AuthorList.split) ?? e.authors, categories: categories,
            primaryCategory: e.primary.flatMap { Category.isWellFormed($0) ? $0 : nil } ?? categories.first,
            announceType: type.flatMap(AnnounceType.init(rawValue:)),
            announced: daily ? FeedDates.day(e.published) : nil,
            published: daily ? nil : FeedDates.day(e.published),
            updated: daily ? nil : FeedDates.day(e.updated),
            doi: FieldText.optional(e.doi), journalRef: FieldText.optional(e.journalRef),
            comments: FieldText.optional(e.comment), license: FieldText.optional(e.rights))
    }

    /// `http://rss.arxiv.org/atom/cs.AI` -> `cs.AI`; else the first word of the feed title.
    static func feedName(id: String?, title: String?) -> String? {
        RSSParser.feedName(link: id, title: title)
    }
}
