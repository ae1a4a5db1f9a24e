import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// Trend counts on real fixture stores equal an independent count: SQL over the paper dates of
/// the FTS5 match set, bucketed by `substr` in SQL rather than by `TrendPeriod`.
struct TrendBuilderTests {
    let harness: IngestHarness
    let range = try! DigestRange(from: Day(iso: "1990-01-01")!, to: Day(iso: "2026-12-31")!)
    let generatedAt = Date(timeIntervalSince1970: 1_798_000_000)  // 2026-12-23

    init() throws {
        harness = try IngestHarness()
        _ = try harness.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")),
                               .file(Fixtures.path("rss/quant-ph-2024-12-30.xml")),
                               .file(Fixtures.path("oai/cs-2016-03-09-arXiv/page-001.xml")),
                               .file(Fixtures.path("jsonl/kaggle-arxiv-metadata-oai-snapshot-head.jsonl")))
        try harness.store.database.execute("UPDATE papers SET excluded = 1 WHERE id % 7 = 0")
    }

    /// Bucket (`substr` of the paper date) to count, for the papers matching `match` (nil: all)
    /// that are not excluded and, when given, are in `category`.
    func independent(_ match: String?, prefix: Int, category: String? = nil) throws -> [String: Int] {
        var sql = "SELECT substr(coalesce(first_announced, published), 1, \(prefix)) AS b, count(*) FROM papers p WHERE excluded = 0"
        var values: [SQLValue] = []
        if let match {
            sql += " AND id IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)"
            values.append(.text(match))
        }
        if let category {
            sql += " AND id IN (SELECT paper_id FROM paper_categories WHERE category = ?)"
            values.append(.text(category))
        }
        var out: [String: Int] = [:]
        try harness.store.database.prepare(sql + " GROUP BY b").forEach(values) { out[$0.text(0)] = $0.int(1) }
        return out
    }

    @Test(arguments: [(TrendPeriod.year, 4), (.month, 7), (.day, 10)])
    func countsEqualAnIndependentCount(period: TrendPeriod, prefix: Int) throws {
        let queries = ["quantum", "learning", "neural network"]
        let request = try TrendRequest(queries: queries, period: period, range: range)
        let trend = try TrendBuilder(store: harness.store).build(request, generatedAt: generatedAt)
        #expect(trend.rows.count == period.periods(from: range.from, to: range.to).count, "zero periods are listed too")
        let totals = try independent(nil, prefix: prefix)
        #expect(trend.rows.reduce(0) { $0 + $1.total } == totals.values.reduce(0, +))
        for (i, match) in ["quantum", "learning", "neural network"].enumerated() {
            let expected = try independent(match, prefix: prefix)
            #expect(expected.values.reduce(0, +) > 0, "\(match) matches something")
            for row in trend.rows {
                #expect(row.counts[i] == expected[row.label] ?? 0, "\(match) in \(row.label)")
                #expect(row.total == totals[row.label] ?? 0, "all papers in \(row.label)")
            }
        }
    }

    @Test func filtersApplyToCountsAndTotals() throws {
        var filter = PaperFilter()
        filter.categories = ["quant-ph"]
        let request = try TrendRequest(queries: ["quantum"], period: .year, range: range, filter: filter)
        let trend = try TrendBuilder(store: harness.store).build(request, generatedAt: generatedAt)
        let expected = try independent("quantum", prefix: 4, category: "quant-ph")
        let totals = try independent(nil, prefix: 4, category: "quant-ph")
        #expect(!expected.isEmpty)
        for row in trend.rows {
            #expect(row.counts[0] == expected[row.label] ?? 0)
            #expect(row.total == totals[row.label] ?? 0)
            if row.total > 0 { #expect(row.share(0) == Double(row.counts[0]) / Double(row.total)) }
        }
    }

    /// From daily feeds only: the weekend and Christmas are closed, days between the two feeds
    /// are missing (incomplete), and a week holding a missing day is incomplete.
    @Test func closedAndIncompletePeriodsFromTheLedger() throws {
        let daily = try IngestHarness()
        _ = try daily.ingest(.file(Fixtures.path("rss/quant-ph-2024-12-30.xml")), .file(Fixtures.path("rss/quant-ph-2025-01-03.xml")))
        let span = try DigestRange(from: Day(iso: "2024-12-23")!, to: Day(iso: "2025-01-05")!)
        let days = try TrendBuilder(store: daily.store).build(TrendRequest(queries: ["quantum"], period: .day, range: span),
                                                             generatedAt: generatedAt)
        func row(_ label: String) throws -> TrendRow { try #require(days.rows.first { $0.label == label }) }
        #expect(try row("2024-12-25").closed, "Christmas")
        #expect(try row("2024-12-28").closed && row("2024-12-29").closed, "weekend")
        #expect(try row("2025-01-01").closed, "New Year's Day")
        #expect(try !row("2024-12-30").incomplete && row("2024-12-30").counts[0] > 0)
        #expect(try row("2024-12-31").incomplete && row("2024-12-31").missingDays == 1)
        #expect(try !row("2025-01-03").incomplete)
        let weeks = try TrendBuilder(store: daily.store).build(TrendRequest(queries: ["quantum"], period: .week, range: span),
                                                              generatedAt: generatedAt)
        #expect(weeks.rows.map(\.label) == ["2024-W52", "2025-W01"])
        #expect(weeks.rows.allSatisfy { $0.incomplete && !$0.closed })
    }
}
