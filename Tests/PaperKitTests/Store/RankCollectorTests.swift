import Testing
@testable import PaperKit

/// The collector keeps exactly the best matches by score then rowid, whatever order they arrive in.
struct RankCollectorTests {
    struct Failure: Error {}

    /// Offers every (score, rowid) as arxiv_bm25 does: only what `wants` accepts is kept.
    func collect(_ matches: [(Double, Int64)], capacity: Int, admits: @escaping (Int64) throws -> Bool = { _ in true }) -> RankCollector {
        let collector = RankCollector(capacity: capacity, admits: admits)
        for (score, rowid) in matches where collector.wants(score: score, rowid: rowid) {
            collector.keep(.init(score: score, rowid: rowid, instances: [(0, 1, Int32(rowid))]))
        }
        return collector
    }

    @Test func keepsTheBestByScoreThenRowidInAnyArrivalOrder() {
        // Many ties, so the rowid order decides often.
        let matches = (1...500).map { (Double(-($0 * 7919 % 37)), Int64($0)) }
        let expected = matches.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var generator = SystemRandomNumberGenerator()
        for capacity in [1, 7, 20, 499, 500, 800] {
            let page = collect(matches.shuffled(using: &generator), capacity: capacity).page(offset: 0)
            #expect(page.map(\.rowid) == expected.prefix(capacity).map(\.1))
            #expect(page.map(\.score) == expected.prefix(capacity).map(\.0))
            // Each kept match carries its own instances.
            #expect(page.allSatisfy { $0.instances.map(\.offset) == [Int32($0.rowid)] })
        }
        let collector = collect(matches, capacity: 30)
        #expect(collector.page(offset: 20).map(\.rowid) == expected[20..<30].map(\.1))
        #expect(collector.page(offset: 40).isEmpty)
        #expect(collect(matches, capacity: 0).page(offset: 0).isEmpty)
    }

    @Test func asksAdmissionOnlyOfMatchesGoodEnoughAndSkipsTheRefused() {
        var asked = 0
        // Ascending scores: after the first 10, no match is good enough to be asked about.
        let matches = (1...1_000).map { (Double($0), Int64($0)) }
        let collector = collect(matches, capacity: 10) { rowid in
            asked += 1
            return rowid % 2 == 0
        }
        #expect(collector.page(offset: 0).map(\.rowid) == [2, 4, 6, 8, 10, 12, 14, 16, 18, 20])
        #expect(asked == 20)
    }

    @Test func anAdmissionErrorStopsCollectingAndIsKept() {
        let collector = collect([(1, 1), (2, 2), (3, 3)], capacity: 5) { rowid in
            if rowid == 2 { throw Failure() }
            return true
        }
        #expect(collector.error is Failure)
        #expect(collector.page(offset: 0).map(\.rowid) == [1])
    }
}
