import Foundation
import Testing
@testable import PaperKit

/// Selection, ordering and per-day status on hand-made records.
struct DigestBuilderTests {
    func store(_ papers: [(id: String, announced: String?, score: Double, type: AnnounceType?)]) throws -> TemporaryStore {
        let temp = try TemporaryStore()
        try temp.store.transaction {
            for p in papers {
                let hit = KeywordHit(keyword: "LLM", field: .title, count: 1)
                _ = try temp.store.write(record(p.id, type: p.type, announced: p.announced, published: "2026-07-20"),
                                         score: ScoreResult(score: p.score, hits: [hit], excludedBy: []), now: "2026-07-27T00:00:00Z")
            }
        }
        return temp
    }

    func build(_ temp: TemporaryStore, _ from: String, _ to: String, selection: DigestSelection = DigestSelection(categories: ["cs.AI"], minScore: 2.5)) throws -> Digest {
        try DigestBuilder(store: temp.store, configuration: Configuration())
            .build(range: try ReportFixture.range(from, to), selection: selection, generatedAt: ReportFixture.generatedAt)
    }

    @Test func tiesAreBrokenByDateThenID() throws {
        let temp = try store([("2607.00003", "2026-07-27", 3, .new), ("2607.00001", "2026-07-27", 3, .new),
                              ("2607.00002", "2026-07-28", 3, .new), ("2607.00009", "2026-07-27", 5, .new),
                              ("2607.00004", "2026-07-27", 2, .new), ("2607.00005", "2026-07-27", 9, .cross)])
        let ids = try build(temp, "2026-07-27", "2026-07-28").entries.map(\.paper.arxivID)
        #expect(ids == ["2607.00009", "2607.00002", "2607.00001", "2607.00003"])
        #expect(try build(temp, "2026-07-27", "2026-07-28").entries.map(\.paper.arxivID) == ids, "same order every time")
    }

    @Test func topAuthorsCountPapersNotAuthorRows() throws {
        let temp = try TemporaryStore()
        let hit = KeywordHit(keyword: "LLM", field: .title, count: 1)
        try temp.store.transaction {
            // A source listing one author twice on a paper (arXiv has such records).
            for (id, authors) in [("2607.00001", ["Lorenzo Baraldi", "Ada Lovelace", "Lorenzo Baraldi"]),
                                  ("2607.00002", ["Ada Lovelace"])] {
                _ = try temp.store.write(record(id, authors: authors), score: ScoreResult(score: 3, hits: [hit], excludedBy: []),
                                         now: "2026-07-27T00:00:00Z")
            }
        }
        let top = try build(temp, "2026-07-27", "2026-07-27").statistics.topAuthors
        #expect(top == [CountedName("Ada Lovelace", 2), CountedName("Lorenzo Baraldi", 1)])
    }

    @Test func anEveningInUSEasternTimeDoesNotCallTomorrowsFeedMissing() throws {
        let temp = try store([("2607.00001", "2026-07-27", 3, .new)])
        let range = try ReportFixture.range("2026-07-27", "2026-07-28")
        // 21:30 EDT on Monday 27 July: the UTC day is already the 28th, whose feed is built at 04:00 UTC.
        let evening = Date(timeIntervalSince1970: 1_785_202_200)
        #expect(Timestamp.string(from: evening).hasPrefix("2026-07-28T01:30"))
        let digest = try DigestBuilder(store: temp.store, configuration: Configuration())
            .build(range: range, selection: DigestSelection(categories: ["cs.AI"], minScore: 2.5), generatedAt: evening)
        #expect(digest.statistics.missingDays.isEmpty, "\(digest.statistics.missingDays)")
    }

    @Test func overridesWidenTheRuleAndTheLimitCuts() throws {
        let temp = try store([("2607.00001", "2026-07-27", 3, .new), ("2607.00005", "2026-07-27", 9, .cross),
                              ("2607.00004", "2026-07-27", 2, .new)])
        var selection = DigestSelection(categories: ["cs.AI"], minScore: 2.5)
        try selection.override(types: ["new,cross"], minScore: 0, limit: 2)
        let digest = try build(temp, "2026-07-27", "2026-07-27", selection: selection)
        #expect(digest.entries.map(\.paper.arxivID) == ["2607.00005", "2607.00001"])
        #expect(digest.statistics.passedFilter == 3 && digest.statistics.papersInRange == 3)
        #expect(throws: ReportError.self) { try selection.override(types: ["newest"]) }
        #expect(throws: ReportError.self) { try selection.override(limit: -1) }
        #expect(throws: ReportError.self) { try selection.override(limit: 0) }
    }

    @Test func papersWithoutAnnouncementsCountAsNewOnTheirV1Day() throws {
        let temp = try store([("2607.00001", nil, 4, nil)])
        let digest = try build(temp, "2026-07-20", "2026-07-20")
        #expect(digest.entries.map(\.paper.arxivID) == ["2607.00001"])
    }

    @Test func daysAreNamedFromAnnouncementsLedgerAndSchedule() throws {
        // 2026-11-23 Mon announced, 24 Tue ledger-covered but empty, 25 Wed missing, 26 Thu Thanksgiving,
        // 28-29 weekend; generated 2026-08-03, so everything after that is in the future except closures.
        let temp = try store([("2611.00001", "2026-11-23", 3, .new)])
        let run = try temp.store.beginRun(source: "feed.xml")
        var ok = RunRecord(status: .ok)
        ok.announced = Day(iso: "2026-11-24")
        try temp.store.finishRun(run, ok)
        let generated = Date(timeIntervalSince1970: 1_796_126_400) // 2026-12-01T12:00Z, feed date 2026-12-01
        let digest = try DigestBuilder(store: temp.store, configuration: Configuration())
            .build(range: try ReportFixture.range("2026-11-23", "2026-12-02"), selection: DigestSelection(categories: ["cs.AI"]),
                   generatedAt: generated)
        let kinds = digest.statistics.days.map(\.kindName)
        #expect(kinds == ["announced", "empty", "missing", "holiday", "missing", "weekend", "weekend", "missing", "missing", "future"])
        #expect(digest.statistics.days[3].explanation == "holiday (Thanksgiving): arXiv does not announce")
        #expect(digest.statistics.days[5].explanation == "weekend: arXiv does not announce")
        #expect(digest.statistics.missingDays.map(\.description) == ["2026-11-25", "2026-11-27", "2026-11-30", "2026-12-01"])
        let warning = try #require(ReportText.missingDaysWarning(digest.statistics.missingDays))
        #expect(warning.contains("4 announcement days") && warning.contains("2026-11-25"))
    }

    @Test func textHelpers() {
        #expect(ReportText.hits([KeywordHit(keyword: "speculative", field: .title, count: 1),
                                 KeywordHit(keyword: "decoding", field: .abstract, count: 3)])
                == "speculative (title), decoding (abstract ×3)")
        #expect(ReportText.cutAbstract(String(repeating: "é", count: 301)) == String(repeating: "é", count: 300) + "...")
        #expect(ReportText.cutAbstract(String(repeating: "a", count: 300)) == String(repeating: "a", count: 300))
        #expect(ReportText.rfc822(Day(iso: "2026-01-07")!) == "Wed, 07 Jan 2026 00:00:00 +0000")
        #expect(ReportText.rfc822(ReportFixture.generatedAt) == "Mon, 03 Aug 2026 06:00:00 +0000")
        #expect(ReportText.rfc3339(ReportFixture.generatedAt) == "2026-08-03T06:00:00Z")
        #expect(XMLEscaping.escape("a<b>&\"'\u{0}\u{8}\u{B}\tz") == "a&lt;b&gt;&amp;&quot;&#39;\tz")
    }
}
