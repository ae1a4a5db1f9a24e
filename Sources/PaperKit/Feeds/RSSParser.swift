/// Parses the RSS 2.0 daily announcement feed of rss.arxiv.org.
///
/// Primary category: arXiv lists an item's categories primary first, the rest sorted (checked on
/// every fixture item: never any other order), so the first `<category>` is the primary, also for
/// cross-lists where it is not the feed's category.
///
/// The announcement day of an item is its own `pubDate`; the channel's `pubDate` is the fallback
/// for items without one (arXiv's feeds give both, equal). An item without an arXiv ID or a
/// title is skipped (see `ParseControl`).
struct RSSParser {
    let reader: XMLStreamReader
    var control = ParseControl()

    private struct Item {
        var line = 0
        var title = ""
        var link: String?
        var description = ""
        var guid: String?
        var categories: [String] = []
        var announceType: String?
        var rights: String?
        var doi: String?
        var journalRef: String?
        var creator = ""
        var pubDate: String?
    }

    func parse(_ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        var info = FeedInfo(format: .rss, source: reader.source)
        var channelTitle: String?
        var channelLink: String?
        var item = Item()
        var inItem = false
        while try reader.read() {
            if reader.isElement {
                if inItem {
                    if reader.isNamed("title") { item.title = try reader.readText() }
                    else if reader.isNamed("description") { item.description = try reader.readText() }
                    else if reader.isNamed("category") { item.categories.append(FieldText.fold(try reader.readText())) }
                    else if reader.isNamed("creator") { item.creator = try reader.readText() }
                    else if reader.isNamed("guid") { item.guid = try reader.readText() }
                    else if reader.isNamed("announce_type") { item.announceType = FieldText.fold(try reader.readText()) }
                    else if reader.isNamed("rights") { item.rights = try reader.readText() }
                    else if reader.isNamed("DOI") || reader.isNamed("doi") { item.doi = try reader.readText() }
                    else if reader.isNamed("journal_reference") { item.journalRef = try reader.readText() }
                    else if reader.isNamed("link"), reader.hasNoNamespace { item.link = try reader.readText() }
                    else if reader.isNamed("pubDate") { item.pubDate = try reader.readText() }
                } else if reader.isNamed("item") {
                    item = Item()
                    item.line = reader.nodeLine
                    inItem = true
                    if info.feedName == nil { info.feedName = Self.feedName(link: channelLink, title: channelTitle) }
                } else if reader.isNamed("title") {
                    channelTitle = FieldText.fold(try reader.readText())
                } else if reader.isNamed("link"), reader.hasNoNamespace {
                    channelLink = FieldText.fold(try reader.readText())
                } else if reader.isNamed("pubDate") {
                    info.day = FeedDates.rfc822Day(try reader.readText())
                } else if reader.isNamed("lastBuildDate") {
                    info.buildDate = FieldText.fold(try reader.readText())
                }
            } else if inItem, reader.isEndElement, reader.isNamed("item") {
                inItem = false
                guard control.beginRecord(line: item.line) else { continue }
                let record: PaperRecord
                do { record = try self.record(item, info) } catch let FeedError.badRecord(source, line, reason) {
                    try control.skip(.badRecord(source: source, line: line, reason: reason))
                    continue
                }
                try onRecord(record)
                info.recordCount += 1
            }
        }
        if info.feedName == nil { info.feedName = Self.feedName(link: channelLink, title: channelTitle) }
        return info
    }

    private func record(_ item: Item, _ info: FeedInfo) throws -> PaperRecord {
        let (headerID, headerType, abstract) = Self.splitDescription(item.description)
        let candidates = [item.guid, headerID, item.link].compactMap { $0 }
        guard let parsed = candidates.lazy.compactMap({ ArxivIDScanner.parse($0) }).first else {
            throw FeedError.badRecord(source: reader.source, line: item.line, reason: "item without an arXiv id")
        }
        guard !FieldText.fold(item.title).isEmpty else {
            throw FeedError.badRecord(source: reader.source, line: item.line, reason: "item \(parsed.id) has no title")
        }
        let version = parsed.version ?? candidates.lazy.compactMap({ ArxivIDScanner.parse($0)?.version }).first
        let categories = ArxivCategory.ordered(item.categories, primary: nil)
        return PaperRecord(
            id: parsed.id, version: version, title: FieldText.clean(item.title), abstract: FieldText.clean(String(abstract)),
            authors: AuthorList.split(item.creator), categories: categories, primaryCategory: categories.first,
            announceType: (item.announceType ?? headerType).flatMap(AnnounceType.init(rawValue:)),
            announced: item.pubDate.flatMap(FeedDates.rfc822Day) ?? info.day, feed: info.feedName, doi: FieldText.optional(item.doi),
            journalRef: FieldText.optional(item.journalRef), license: FieldText.optional(item.rights))
    }

    /// `arXiv:2607.21596v1 Announce Type: new \nAbstract: text` -> (id, type, text).
    /// Byte-level: it runs on every item and the header is plain ASCII.
    static func splitDescription(_ text: String) -> (id: String?, type: String?, abstract: Substring) {
        let utf8 = text.utf8
        guard utf8.starts(with: "arXiv:".utf8) else { return (nil, nil, Substring(text)) }
        let marker = Array("Abstract:".utf8)
        let limit = min(utf8.count, 200)
        let bytes = Array(utf8.prefix(limit))
        guard bytes.count >= marker.count,
              let at = (0...(bytes.count - marker.count)).first(where: { bytes[$0] == 0x41 && bytes[$0..<($0 + marker.count)].elementsEqual(marker) })
        else { return (nil, nil, Substring(text)) }
        let words = bytes[..<at].split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
            .map { String(decoding: $0, as: UTF8.self) }
        let type = words.count >= 4 && words[1] == "Announce" ? words[3] : nil
        let abstractStart = utf8.index(utf8.startIndex, offsetBy: at + marker.count)
        return (words.first, type, text[abstractStart...])
    }

    /// `http://rss.arxiv.org/rss/cs.AI+cs.CL` -> `cs.AI+cs.CL`; else the first word of
    /// `cs.AI updates on arXiv.org`.
    static func feedName(link: String?, title: String?) -> String? {
        if let link, link.contains("rss.arxiv.org"), let last = link.split(separator: "/").last,
           !last.contains("arxiv.org") {
            return String(last)
        }
        if let title, title.hasSuffix("updates on arXiv.org"), let first = title.split(separator: " ").first {
            return String(first)
        }
        return nil
    }
}
