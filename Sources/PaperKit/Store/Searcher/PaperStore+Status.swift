import Foundation

extension PaperStore {
    /// Announcements per day and category (through `paper_categories`), successful daily-feed runs
    /// and finished backfills in `from...to`: the facts `LedgerCalendar` decides from.
    public func ledgerFacts(from: Day, to: Day, categories: [String]) throws -> LedgerCalendar.Facts {
        var facts = LedgerCalendar.Facts()
        let wanted = Set(categories)
        try statement("""
            SELECT a.day, pc.category, count(DISTINCT a.paper_id) FROM announcements a
            JOIN paper_categories pc ON pc.paper_id = a.paper_id
            WHERE a.day BETWEEN ? AND ? GROUP BY a.day, pc.category
            """).forEach([.text(from.description), .text(to.description)]) { row in
            guard let day = Day(iso: row.text(0)), wanted.contains(row.text(1)) else { return }
            facts.announcements[day, default: [:]][row.text(1)] = row.int(2)
        }
        try statement("""
            SELECT announced, coalesce(feed, source) FROM ingest_runs
            WHERE status = 'ok' AND announced BETWEEN ? AND ?
            """).forEach([.text(from.description), .text(to.description)]) { row in
            guard let day = Day(iso: row.text(0)) else { return }
            // A feed name (cs.AI+cs.CL) or, for rows older than the feed column, its URL's last segment.
            let name = row.text(1).split(separator: "/").last.map(String.init) ?? ""
            facts.feedRuns[day, default: []].formUnion(name.split(separator: "+").map(String.init))
        }
        facts.backfills = try finishedBackfills(overlapping: from, to)
        return facts
    }

    /// The newest ledger row that ended `ok` or `not-modified`.
    public func lastSuccessfulRun() throws -> (startedAt: String, finishedAt: String?, source: String, records: Int)? {
        try statement("""
            SELECT started_at, finished_at, source, records_seen FROM ingest_runs
            WHERE status IN ('ok', 'not-modified') ORDER BY id DESC LIMIT 1
            """).first { ($0.text(0), $0.optionalText(1), $0.text(2), $0.int(3)) }
    }

    /// Ledger rows still `running`: under way in a live process, or interrupted (their process is
    /// gone), with the resume point of their source when there is one. Oldest first.
    public func openRuns() throws -> [OpenRun] {
        var runs: [OpenRun] = []
        try statement("""
            SELECT r.id, r.started_at, r.source, r.records_seen, r.pid, sp.records, sp.committed_at
            FROM ingest_runs r LEFT JOIN source_positions sp ON sp.source = r.source AND sp.run_id = r.id
            WHERE r.status = 'running' ORDER BY r.id
            """).forEach { row in
            runs.append(OpenRun(id: Int64(row.int(0)), startedAt: row.text(1), source: row.text(2), records: row.int(3),
                                interrupted: !ProcessLiveness.isRunning(row.optionalInt(4)),
                                resumeAfter: row.optionalInt(5), committedAt: row.optionalText(6)))
        }
        return runs
    }

    /// Rows of `summaries`, or 0 while that table does not exist yet.
    public func summaryCount() throws -> Int {
        let exists = try statement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'summaries'").first { $0.int(0) } ?? 0
        guard exists > 0 else { return 0 }
        return try database.prepare("SELECT count(*) FROM summaries").first { $0.int(0) } ?? 0
    }
}

/// A ledger row that has not ended: its import is under way, or it was interrupted.
public struct OpenRun: Sendable, Equatable {
    public var id: Int64
    public var startedAt: String
    public var source: String
    /// Records committed so far.
    public var records: Int
    /// Its process is gone (killed, crashed, the machine went down).
    public var interrupted: Bool
    /// The record the next run of the same source continues after, and when it was committed.
    public var resumeAfter: Int?
    public var committedAt: String?
}
