import Testing
@testable import PaperKit

/// Values are bound by position, so a value too many or too few would land in the wrong place:
/// `bind` refuses any count other than the statement's parameters before anything runs.
struct StatementTests {
    let db: Database

    init() throws {
        db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t (a, b)")
    }

    @Test func bindTakesExactlyTheParameterCount() throws {
        let insert = try db.prepare("INSERT INTO t (a, b) VALUES (?, ?)")
        #expect(try insert.run([.int(1), .text("x")]) == 1)
        for values: [SQLValue] in [[.int(2)], [.int(2), .text("y"), .null], []] {
            let error = #expect(throws: StoreError.self) { try insert.run(values) }
            guard case let .parameterCount(_, expected, given)? = error else { Issue.record("\(String(describing: error))"); continue }
            #expect(expected == 2 && given == values.count)
        }
        #expect(try db.prepare("SELECT count(*) FROM t").first { $0.int(0) } == 1, "nothing ran with a wrong count")
    }

    /// Numbered parameters count up to the highest number, however often each is used.
    @Test func aNumberedParameterUsedTwiceCountsOnce() throws {
        let select = try db.prepare("SELECT ?1 + ?1, ?2")
        #expect(try select.first([.int(20), .int(1)]) { $0.int(0) + $0.int(1) } == 41)
        #expect(throws: StoreError.self) { try select.first([.int(20)]) { $0.int(0) } }
        #expect(try db.prepare("SELECT 1").first([]) { $0.int(0) } == 1)
    }

    /// A transaction inside a transaction is a savepoint: the inner one's failure undoes only its
    /// own rows, and the outer one still commits.
    @Test func transactionsNest() throws {
        struct Failure: Error {}
        try db.transaction {
            try db.prepare("INSERT INTO t (a) VALUES (1)").run()
            #expect(throws: Failure.self) {
                try db.transaction {
                    try db.prepare("INSERT INTO t (a) VALUES (2)").run()
                    throw Failure()
                }
            }
            try db.transaction { try db.prepare("INSERT INTO t (a) VALUES (3)").run() }
        }
        #expect(!db.isInTransaction)
        var values: [Int] = []
        try db.prepare("SELECT a FROM t ORDER BY a").forEach { values.append($0.int(0)) }
        #expect(values == [1, 3])
    }
}
