import Foundation

/// Parses OAI-PMH responses of export.arxiv.org/oai2: `ListRecords` and `GetRecord` with
/// metadataPrefix `arXiv`, `arXivRaw` or `oai_dc`. Deleted records are left out; a record
/// without an arXiv ID or a title is skipped (see `ParseControl`); the `noRecordsMatch` error is
/// an empty success, any other OAI error throws.
struct OAIParser {
    let reader: XMLStreamReader
    var control = ParseControl()

    private enum Layout { case none, arXiv, arXivRaw, dc }

    private struct Draft {
        var line = 0
        var deleted = false
        var layout = Layout.none
        var identifier = ""
        var setSpec: String?
        var id = ""
        var created: String?
        var updated: String?
        var title = ""
        var abstract = ""
        var authors: [Author] = []
        var authorText: String?
        var categories = ""
        var subjects: [String] = []
        var comments: String?
        var journalRef: String?
        var doi: String?
        var license: String?
        /// arXivRaw lists versions in text order (v1, v10, v11, v2...), so dates are kept with their number.
        var versionDates: [(version: Int, date: String)] = []
        var currentVersion = 0
        var dcDates: [String] = []
        var dcIdentifiers: [String] = []
    }

    /// An arXiv-layout `<author>`, whose parts arrive as separate elements.
    private struct AuthorDraft {
        var keyname = "", forenames = "", suffix = ""
        var affiliations: [String] = []
    }

    func parse(_ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        var info = FeedInfo(format: .oaiPMH, source: reader.source)
        var d = Draft()
        var author = AuthorDraft()
        var inRecord = false, inHeader = false
        while try reader.read() {
            if reader.isElement {
                if !inRecord {
                    if reader.isNamed("record") {
                        d = Draft()
                        d.line = reader.nodeLine
                        inRecord = true
                    } else {
                        try readEnvelopeElement(&info)
                    }
                } else if inHeader {
                    try readHeaderElement(&d)
                } else {
                    switch d.layout {
                    case .arXiv, .arXivRaw: try readArXivElement(&d, author: &author)
                    case .dc: try readDCElement(&d)
                    case .none: inHeader = startsHeaderOrLayout(&d)
                    }
                }
            } else if reader.isEndElement && inRecord {
                if reader.isNamed("header") {
                    inHeader = false
                } else if reader.isNamed("author"), d.layout == .arXiv {
                    finish(author, into: &d)
                } else if reader.isNamed("record") {
                    inRecord = false
                    guard control.beginRecord(line: d.line), !d.deleted, d.layout != .none else { continue }
                    let record: PaperRecord
                    do { record = try self.record(d) } catch let FeedError.badRecord(source, line, reason) {
                        try control.skip(.badRecord(source: source, line: line, reason: reason))
                        continue
                    }
                    try onRecord(record)
                    info.recordCount += 1
                }
            }
        }
        return info
    }

    /// Outside records: the response date, the resumption token, or an error (`noRecordsMatch`
    /// is an empty answer, not an error).
    private func readEnvelopeElement(_ info: inout FeedInfo) throws {
        if reader.isNamed("responseDate") {
            info.buildDate = FieldText.fold(try reader.readText())
        } else if reader.isNamed("resumptionToken") {
            info.cursor = reader.attribute("cursor").flatMap { Int($0) }
            info.completeListSize = reader.attribute("completeListSize").flatMap { Int($0) }
            info.resumptionToken = FieldText.fold(try reader.readText())
        } else if reader.isNamed("error") {
            let code = reader.attribute("code") ?? "unknown"
            let message = FieldText.fold(try reader.readText())
            if code != "noRecordsMatch" { throw FeedError.oaiError(source: reader.source, code: code, message: message) }
        }
    }

    private func readHeaderElement(_ d: inout Draft) throws {
        if reader.isNamed("identifier") {
            d.identifier = FieldText.fold(try reader.readText())
        } else if reader.isNamed("setSpec") {
            let spec = FieldText.fold(try reader.readText())
            if d.setSpec == nil { d.setSpec = spec }
        }
    }

    /// Before the metadata format is known: the header starts (returns true), or the metadata
    /// element names the layout.
    private func startsHeaderOrLayout(_ d: inout Draft) -> Bool {
        if reader.isNamed("header") {
            d.deleted = reader.attribute("status") == "deleted"
            return true
        }
        if reader.isNamed("arXiv") { d.layout = .arXiv }
        else if reader.isNamed("arXivRaw") { d.layout = .arXivRaw }
        else if reader.isNamed("dc") { d.layout = .dc }
        return false
    }

    /// A field of the `arXiv` or `arXivRaw` metadata.
    private func readArXivElement(_ d: inout Draft, author: inout AuthorDraft) throws {
        if reader.isNamed("keyname") { author.keyname = try reader.readText() }
        else if reader.isNamed("forenames") { author.forenames = try reader.readText() }
        else if reader.isNamed("suffix") { author.suffix = try reader.readText() }
        else if reader.isNamed("affiliation") { author.affiliations.append(FieldText.clean(try reader.readText())) }
        else if reader.isNamed("author") { author = AuthorDraft() }
        else if reader.isNamed("id") { d.id = try reader.readText() }
        else if reader.isNamed("title") { d.title = try reader.readText() }
        else if reader.isNamed("abstract") { d.abstract = try reader.readText() }
        else if reader.isNamed("categories") { d.categories = try reader.readText() }
        else if reader.isNamed("created") { d.created = try reader.readText() }
        else if reader.isNamed("updated") { d.updated = try reader.readText() }
        else if reader.isNamed("comments") { d.comments = try reader.readText() }
        else if reader.isNamed("journal-ref") { d.journalRef = try reader.readText() }
        else if reader.isNamed("doi") { d.doi = try reader.readText() }
        else if reader.isNamed("license") { d.license = try reader.readText() }
        else if reader.isNamed("authors"), d.layout == .arXivRaw { d.authorText = try reader.readText() }
        else if reader.isNamed("version") {
            d.currentVersion = reader.attribute("version").flatMap { Int($0.drop(while: { $0 == "v" })) } ?? 0
        }
        else if reader.isNamed("date") { d.versionDates.append((d.currentVersion, try reader.readText())) }
    }

    /// A field of the `oai_dc` metadata.
    private func readDCElement(_ d: inout Draft) throws {
        if reader.isNamed("title") { d.title = try reader.readText() }
        else if reader.isNamed("creator") { d.authors.append(Self.dcAuthor(try reader.readText())) }
        else if reader.isNamed("description") {
            let text = try reader.readText()
            if d.abstract.isEmpty { d.abstract = text }
            else if text.hasPrefix("Comment:") { d.comments = String(text.dropFirst(8)) }
        }
        else if reader.isNamed("date") { d.dcDates.append(FieldText.fold(try reader.readText())) }
        else if reader.isNamed("identifier") { d.dcIdentifiers.append(FieldText.fold(try reader.readText())) }
        else if reader.isNamed("subject") { d.subjects.append(FieldText.fold(try reader.readText())) }
    }

    /// The end of an arXiv-layout `<author>`: its name from the parts, unless it is debris.
    private func finish(_ author: AuthorDraft, into d: inout Draft) {
        // Keynames sometimes keep the comma that preceded a suffix ("Heath," + "Jr").
        var key = FieldText.cleanName(author.keyname)
        while key.hasSuffix(",") { key = FieldText.fold(String(key.dropLast())) }
        let name = [FieldText.cleanName(author.forenames), key, FieldText.clean(author.suffix)].filter { !$0.isEmpty }.joined(separator: " ")
        // arXiv's own name parsing leaves debris such as ":" as a separate author.
        if AuthorList.isName(name) { d.authors.append(Author(name: name, affiliations: author.affiliations.filter { !$0.isEmpty })) }
    }

    private func record(_ d: Draft) throws -> PaperRecord {
        let idText = d.layout == .dc ? (d.dcIdentifiers.first { $0.contains("arxiv.org/abs/") } ?? d.identifier) : d.id
        guard let parsed = ArxivIDScanner.parse(idText) ?? ArxivIDScanner.parse(d.identifier) else {
            throw FeedError.badRecord(source: reader.source, line: d.line, reason: "record without an arXiv id ('\(d.identifier)')")
        }
        guard !FieldText.fold(d.title).isEmpty else {
            throw FeedError.badRecord(source: reader.source, line: d.line, reason: "record \(parsed.id) has no title")
        }
        var categories = d.categories.split(separator: " ").map(String.init)
        var published = FeedDates.day(d.created)
        var updated = FeedDates.day(d.updated)
        var authors = d.authors
        var latestVersion: Int?
        switch d.layout {
        case .arXivRaw:
            let versions = d.versionDates.sorted { $0.version < $1.version }
            published = FeedDates.day(versions.first?.date)
            updated = versions.count > 1 ? FeedDates.day(versions.last?.date) : nil
            latestVersion = versions.last?.version
            authors = AuthorList.split(d.authorText ?? "")
        case .dc:
            published = FeedDates.day(d.dcDates.first)
            updated = d.dcDates.count > 1 ? FeedDates.day(d.dcDates.last) : nil
            // oai_dc subjects are prose ("Computer Science - Learning"); the set is the best code there is:
            // `physics:hep-th` names the archive hep-th, `cs` the archive cs.
            categories = d.setSpec.flatMap { $0.split(separator: ":").last.map { [String($0)] } } ?? []
        default: break
        }
        categories = ArxivCategory.ordered(categories, primary: nil)
        return PaperRecord(
            id: parsed.id, version: parsed.version ?? latestVersion, title: FieldText.clean(d.title),
            abstract: FieldText.clean(d.abstract), authors: authors, categories: categories,
            primaryCategory: categories.first, published: published, updated: updated,
            doi: FieldText.optional(d.doi), journalRef: FieldText.optional(d.journalRef),
            comments: FieldText.optional(d.comments), license: FieldText.optional(d.license))
    }

    /// oai_dc writes `Keyname, Forenames`.
    static func dcAuthor(_ text: String) -> Author {
        let parts = FieldText.cleanName(text).split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        return Author(name: parts.count == 2 ? "\(parts[1]) \(parts[0])" : parts.first ?? "")
    }
}
