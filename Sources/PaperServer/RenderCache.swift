import Foundation
import PaperKit

/// Rendered feeds, digests and search answers, kept until the store changes. The store's version is SQLite's
/// `data_version` read on one dedicated connection (its values are only comparable on the same
/// connection), so a commit by `ingest`, `rescore` or `summarize` in any process drops the cache.
final class RenderCache: @unchecked Sendable {
    struct Key: Hashable {
        var kind: String
        var category: String?
        var from: Day
        var to: Day
        /// The day it was rendered on: a digest marks the days after it as still to come.
        var today: Day
        /// The request's query string, for searches (whose results depend on nothing else).
        var query = ""
    }

    private let lock = NSLock()
    private let monitor: PaperStore
    private var version = -1
    private var entries: [Key: CachedDocument] = [:]
    private let capacity: Int

    init(path: String, capacity: Int = 64) throws {
        monitor = try PaperStore(readOnlyPath: path)
        self.capacity = capacity
    }

    /// The cached document for `key`, or the one `render` makes (and caches) when the store
    /// changed since it was made or it was never made. Rendering runs outside the lock.
    func document(for key: Key, render: () throws -> CachedDocument) throws -> CachedDocument {
        let (hit, seen): (CachedDocument?, Int) = try lock.withLock {
            let current = try monitor.dataVersion()
            if current != version {
                entries.removeAll(keepingCapacity: true)
                version = current
            }
            return (entries[key], current)
        }
        if let hit { return hit }
        // Rendered from a snapshot at least as new as `seen`; if the store moved on meanwhile,
        // the document may predate the change, so it is served once but not kept.
        let document = try render()
        lock.withLock {
            guard version == seen else { return }
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = document
        }
        return document
    }
}
