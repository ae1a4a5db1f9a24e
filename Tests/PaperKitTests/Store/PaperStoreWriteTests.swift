import Testing
@testable import PaperKit

struct PaperStoreWriteTests {
    let now = "2026-07-27T06:00:00Z"

    @Test func writingTheSameRecordTwiceChangesNothing() throws {
        let temp = try TemporaryStore()
        let r = record("2607.21596")
        let first = try temp.store.write(r, score: noScore, now: now)
        let before = try temp.store.counts()
        let second = try temp.store.write(r, score: noScore, now: now)
        #expect(first == WriteOutcome(paper: .new, announcementAdded: true))
        #expect(second == WriteOutcome(paper: .unchanged, announcementAdded: false))
        #expect(try temp.store.counts() == before)
        #expect(before.papers == 1 && before.authors == 2 && before.announcements == 1)
    }

    @Test func aNewerVersionUpdatesAndAddsAnAnnouncement() throws {
        let temp = try TemporaryStore()
        try temp.store.write(record("2607.21596", v: 1, title: "Old title"), score: noScore, now: now)
        let outcome = try temp.store.write(record("2607.21596", v: 2, title: "New title", type: .replace,
                                                  announced: "2026-07-30"), score: noScore, now: now)
        #expect(outcome == WriteOutcome(paper: .updated, announcementAdded: true))
        let row = try temp.store.database.prepare("SELECT version, title, first_announced FROM papers").first { ($0.int(0), $0.text(1), $0.text(2)) }
        #expect(row?.0 == 2 && row?.1 == "New title" && row?.2 == "2026-07-27")
        #expect(try temp.store.counts().announcements == 2)
    }

    @Test func theStoredVersionDayDoesNotDependOnIngestOrder() throws {
        let first = record("2607.21596", v: 1, type: nil, announced: nil, published: "2026-07-20")
        let replaced = record("2607.21596", v: 2, type: .replace, announced: "2026-07-30", published: nil)
        var updated: [String?] = []
        for order in [[first, replaced], [replaced, first]] {
            let temp = try TemporaryStore()
            for r in order { try temp.store.write(r, score: noScore, now: now) }
            updated.append(try temp.store.database.prepare("SELECT updated FROM papers").first { $0.optionalText(0) } ?? nil)
        }
        #expect(updated == ["2026-07-30", "2026-07-30"])
        #expect(record("2607.21596", v: 1, announced: "2026-07-30").versionDay == nil, "a v1 announcement is not an update")
    }

    @Test func anOlderVersionNeverOverwritesANewerOne() throws {
        let temp = try TemporaryStore()
        try temp.store.write(record("2607.21596", v: 3, title: "Third"), score: noScore, now: now)
        let outcome = try temp.store.write(record("2607.21596", v: 1, title: "First", announced: "2026-07-20"), score: noScore, now: now)
        #expect(outcome.paper == .unchanged)
        #expect(try temp.store.database.prepare("SELECT title, version FROM papers").first { "\($0.text(0)) v\($0.int(1))" } == "Third v3")
        #expect(try temp.store.database.prepare("SELECT first_announced FROM papers").first { $0.text(0) } == "2026-07-20")
    }

    @Test func aCrossListSeenInTwoFeedsIsOneAnnouncement() throws {
        let temp = try TemporaryStore()
        var r = record("2607.21596", type: .cross)
        try temp.store.write(r, score: noScore, now: now)
        r.feed = "cs.LG"
        #expect(try temp.store.write(r, score: noScore, now: now).announcementAdded == false)
    }

    @Test func missingFieldsAreFilledFromAnotherSourceOfTheSameVersion() throws {
        let temp = try TemporaryStore()
        try temp.store.write(record("2607.21596"), score: noScore, now: now)
        var withDOI = record("2607.21596")
        withDOI.doi = "10.1000/xyz"
        #expect(try temp.store.write(withDOI, score: noScore, now: now).paper == .updated)
        #expect(try temp.store.write(withDOI, score: noScore, now: now).paper == .unchanged)
    }

    @Test func oldStyleIDsKeepTheirArchive() throws {
        let temp = try TemporaryStore()
        try temp.store.write(record("cs/9808001"), score: noScore, now: now)
        try temp.store.write(record("cmp-lg/9808001"), score: noScore, now: now)
        #expect(try temp.store.counts().papers == 2)
    }

    @Test func aRolledBackTransactionLeavesNothing() throws {
        let temp = try TemporaryStore()
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try temp.store.transaction {
                try temp.store.write(record("2607.00001", authors: ["Only Here"]), score: noScore, now: now)
                throw Boom()
            }
        }
        #expect(try temp.store.counts() == StoreCounts(papers: 0, authors: 0, announcements: 0, keywordHits: 0, runs: 0))
        // The author cache must not point at the rolled-back row.
        try temp.store.write(record("2607.00002", authors: ["Only Here"]), score: noScore, now: now)
        #expect(try temp.store.counts().authors == 1)
    }

    @Test func keywordHitsAreStoredPerField() throws {
        let temp = try TemporaryStore()
        let score = ScoreResult(score: 2.5, hits: [KeywordHit(keyword: "LLM", field: .title, count: 1),
                                                   KeywordHit(keyword: "LLM", field: .abstract, count: 3)], excludedBy: [])
        try temp.store.write(record("2607.21596"), score: score, now: now)
        #expect(try temp.store.database.prepare("SELECT sum(count) FROM keyword_hits WHERE keyword = 'LLM'").first { $0.int(0) } == 4)
        #expect(try temp.store.database.prepare("SELECT score FROM papers").first { $0.double(0) } == 2.5)
    }
}
