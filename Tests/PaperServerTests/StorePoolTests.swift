import Foundation
import PaperKit
import Testing
@testable import PaperServer

/// The pool's connections read the store through a memory map, and still see what an ingest
/// commits after they opened (the map follows the file as it grows).
struct StorePoolTests {
    @Test func connectionsReadThroughAMapThatFollowsTheGrowingStore() throws {
        let fixture = try ServerFixture()
        let pool = try StorePool(path: fixture.databasePath)
        let store = try pool.checkOut()
        var quantum = SearchRequest(text: "quantum")
        quantum.limit = 10_000
        let mapped = try store.database.prepare("PRAGMA mmap_size").first { $0.int(0) } ?? 0
        #expect(mapped == StorePool.memoryMapBytes)
        let before = try pool.read { try $0.search(quantum).count }
        pool.checkIn(store)

        try fixture.ingest(["rss/quant-ph-2025-01-03.xml"])
        let after = try pool.read { try $0.search(quantum).count }
        #expect(after > before)
    }
}
