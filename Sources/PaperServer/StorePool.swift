import Foundation
import PaperKit

/// Read-only connections to the store, one per request at a time. SQLite connections are not
/// thread-safe, so a request takes one from the pool, uses it alone, and gives it back; idle
/// connections keep their prepared statements and page cache, so the next request is fast.
final class StorePool: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var idle: [PaperStore] = []
    private let maxIdle: Int

    /// Opens one connection at once, so a missing or outdated store fails at startup, not at the first request.
    init(path: String, maxIdle: Int = 16) throws {
        self.path = path
        self.maxIdle = maxIdle
        idle.append(try open())
    }

    /// How much of the store a connection reads through a memory map (SQLite's ceiling, 2 GB).
    /// Searches read pages all over the full-text index, more than a connection's page cache
    /// holds: through `pread()` each page was copied from the OS's cache into SQLite's, 12% of a
    /// distinct search's CPU. The mapped pages are the OS's page cache, shared by every
    /// connection; they count in the process's RSS (about twice the store's size after a long
    /// run of distinct searches) while its own memory fell (54 -> 23 MB anonymous). SQLite warns
    /// that a store truncated under a map (a VACUUM that shrinks it, which arxiv-bot never runs)
    /// faults the reader.
    static let memoryMapBytes = 0x7fff_0000

    private func open() throws -> PaperStore {
        try PaperStore(readOnlyPath: path, memoryMapBytes: Self.memoryMapBytes)
    }

    /// Runs `body` with a connection inside one read transaction (one consistent snapshot).
    func read<T>(_ body: (PaperStore) throws -> T) throws -> T {
        let store = try checkOut()
        defer { checkIn(store) }
        return try store.snapshot { try body(store) }
    }

    /// A connection for a long read (a streamed export); give it back with `checkIn`.
    func checkOut() throws -> PaperStore {
        if let store = lock.withLock({ idle.popLast() }) { return store }
        return try open()
    }

    func checkIn(_ store: PaperStore) {
        lock.withLock { if idle.count < maxIdle { idle.append(store) } }
    }
}
