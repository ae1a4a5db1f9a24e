/// What `tag add` did.
public struct TagAddReport: Sendable, Equatable {
    /// Distinct papers asked for.
    public var requested: Int
    /// Of those, the ones not tagged before.
    public var newlyTagged: Int
    /// Fetched from the arXiv API because the store did not hold them.
    public var fetched: Int
}

/// The tag commands that need more than one store call: resolving the IDs users type, fetching
/// papers the store lacks (unless offline), and importing a library file.
public struct TagActions {
    public var store: PaperStore
    /// Nil when offline: papers the store lacks are reported, not fetched.
    public var fetcher: PaperFetcher?

    public init(store: PaperStore, fetcher: PaperFetcher?) {
        self.store = store
        self.fetcher = fetcher
    }

    /// The versionless IDs of `arguments` (IDs with or without a version, old-style IDs, arXiv
    /// URLs), distinct, in order; `badID` for the first that is none of those.
    public static func ids(_ arguments: [String]) throws -> [ArxivID] {
        var seen = Set<ArxivID>()
        var ids: [ArxivID] = []
        for argument in arguments {
            guard let id = ArxivID(argument) ?? ArxivIDFinder.find(in: argument) else { throw TagError.badID(argument) }
            if seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    /// Tags the papers of `arguments`. Papers the store lacks are fetched first; those still
    /// missing are not tagged and end in `TagError.notFound` (after the others were tagged).
    public func add(_ tag: String, arguments: [String], note: String? = nil) throws -> TagAddReport {
        let name = try TagError.validated(tag)
        let ids = try Self.ids(arguments)
        let (stored, fetched) = try storedAfterFetching(ids)
        let tagged = try store.addTag(name, ids: ids.filter(stored.contains), note: note)
        let missing = ids.filter { !stored.contains($0) }
        if !missing.isEmpty { throw TagError.notFound(ids: missing.map(\.rawValue), tagged: stored.count) }
        return TagAddReport(requested: ids.count, newlyTagged: tagged, fetched: fetched)
    }

    /// Which of `ids` the store holds, after fetching the others when online; and how many were fetched.
    func storedAfterFetching(_ ids: [ArxivID]) throws -> (stored: Set<ArxivID>, fetched: Int) {
        let before = try store.storedIDs(ids)
        let missing = ids.filter { !before.contains($0) }
        guard let fetcher, !missing.isEmpty else { return (before, 0) }
        try fetcher.fetch(missing)
        let after = try store.storedIDs(ids)
        return (after, after.count - before.count)
    }
}
