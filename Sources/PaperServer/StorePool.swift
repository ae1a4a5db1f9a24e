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
        idle.append(try PaperStore(readOnlyPath: path))
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
        return try PaperStore(readOnlyPath: path)
    }

    func checkIn(_ store: PaperStore) {
        lock.withLock { if idle.count < maxIdle { idle.append(store) } }
    }
}
