/// What `tag import` did.
public struct TagImportReport: Sendable, Equatable {
    public var tag: String
    public var format: LibraryFormat
    /// Entries read from the file (not counting those skipped).
    public var entries: Int
    /// Distinct papers tagged: by arXiv ID and by title.
    public var tagged: Int
    public var alreadyInStore: Int
    /// Fetched from the arXiv API; nil when offline.
    public var fetched: Int?
    /// Tagged by ID although the store does not hold them yet (offline, or the API lacked them).
    public var notInStore: Int
    /// Entries without an arXiv ID whose title matched a stored paper.
    public var matchedByTitle: Int
    /// Entries without an arXiv ID whose title matched nothing.
    public var withoutID: Int
    public var skipped: [LibrarySkip]

    /// `tagged 212 papers as mine (187 already in the store, 25 not in the store); 1203 entries have no arXiv ID`
    public var summary: String {
        var parts = ["\(alreadyInStore) already in the store"]
        if let fetched { parts.append("\(fetched) fetched from the arXiv API") }
        if notInStore > 0 || fetched == nil { parts.append("\(notInStore) not in the store") }
        if matchedByTitle > 0 { parts.append("\(matchedByTitle) matched by title") }
        var text = "tagged \(tagged) \(tagged == 1 ? "paper" : "papers") as \(tag) (\(parts.joined(separator: ", ")))"
        text += "; \(withoutID) \(withoutID == 1 ? "entry has" : "entries have") no arXiv ID"
        if !skipped.isEmpty { text += "; \(skipped.count) unreadable \(skipped.count == 1 ? "entry" : "entries") skipped" }
        return text
    }
}

extension TagActions {
    /// Reads the library file at `path` (any format `LibraryReader` knows) and tags its papers:
    /// entries with an arXiv ID by ID (fetched from the API when the store lacks them and the
    /// actions are online, tagged either way), entries without one by exact normalised title
    /// against the store. Nothing is written when the file cannot be read at all.
    public func importFile(_ path: String, tag: String) throws -> TagImportReport {
        let name = try TagError.validated(tag)
        let contents = try LibraryReader.read(path: path)
        var ids = contents.arxivIDs
        let titled = contents.withoutID.compactMap(\.title).map(TitleKey.normalize).filter { !$0.isEmpty }
        let byTitle = try store.arxivIDs(forTitleKeys: Set(titled))
        var seen = Set(ids)
        var matched = 0
        var unmatched = 0
        for entry in contents.withoutID {
            if let title = entry.title, let id = byTitle[TitleKey.normalize(title)] {
                matched += 1
                if seen.insert(id).inserted { ids.append(id) }
            } else {
                unmatched += 1
            }
        }
        let before = try store.storedIDs(ids)
        var fetched: Int?
        var stored = before
        if fetcher != nil {
            let result = try storedAfterFetching(ids)
            stored = result.stored
            fetched = result.fetched
        }
        try store.addTag(name, ids: ids)
        return TagImportReport(tag: name, format: contents.format, entries: contents.entries.count, tagged: ids.count,
                               alreadyInStore: before.count, fetched: fetched, notInStore: ids.count - stored.count,
                               matchedByTitle: matched, withoutID: unmatched, skipped: contents.skipped)
    }
}
