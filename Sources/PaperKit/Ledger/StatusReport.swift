import Foundation

/// Everything `arxiv-bot status` shows: the store's size and counts, the last successful run,
/// and the ledger calendar of the last days with the commands that fill its gaps.
public struct StatusReport: Sendable {
    public var databasePath: String
    /// Bytes of the database file and of its write-ahead log.
    public var databaseBytes: Int
    public var walBytes: Int
    /// Row counts of `papers`, `authors`, `announcements` and `summaries` (0 before that table exists).
    public var papers: Int
    public var authors: Int
    public var announcements: Int
    public var summaries: Int
    /// The newest ledger row that ended `ok` or `not-modified` (a backfill page counts); nil when none did.
    public var lastRun: (startedAt: String, finishedAt: String?, source: String, records: Int)?
    /// Runs that have not ended: under way, or interrupted with the point they resume from.
    public var openRuns: [OpenRun] = []
    /// Papers an unfinished rescore has done (the rest keep their old scores); nil when none is.
    public var rescoredSoFar: Int?
    /// The search bounds' build; nil when the store has none.
    public var searchBounds: SearchBoundsState?
    public var calendar: LedgerCalendar
    /// Gap ranges with the exact command that backfills each.
    public var missing: [(range: ClosedRange<Day>, command: String)]

    /// Whether any day of the calendar is `missing` in any category.
    public var hasGaps: Bool { calendar.hasGaps }

    /// The status of the `days` feed dates ending with the newest one at `now`.
    /// - Parameter extraArguments: appended to the suggested commands (`--config other.json`).
    public static func make(store: PaperStore, databasePath: String, categories: [String], days: Int,
                            now: Date = Date(), extraArguments: [String] = []) throws -> StatusReport {
        let last = ArxivSchedule.feedDay(at: now)
        let first = last.adding(days: -(max(1, days) - 1))
        let counts = try store.counts()
        let calendar = LedgerCalendar(days: first.through(last), categories: categories,
                                      facts: try store.ledgerFacts(from: first, to: last, categories: categories))
        return StatusReport(
            databasePath: databasePath, databaseBytes: fileSize(databasePath), walBytes: fileSize(databasePath + "-wal"),
            papers: counts.papers, authors: counts.authors, announcements: counts.announcements,
            summaries: try store.summaryCount(), lastRun: try store.lastSuccessfulRun(), openRuns: try store.openRuns(),
            rescoredSoFar: try store.rescoreState()?.summary.papers, searchBounds: try store.searchBoundsState(), calendar: calendar,
            missing: calendar.missingRanges.map { ($0, LedgerCalendar.backfillCommand(for: $0, extraArguments: extraArguments)) })
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The report as a JSON object, for scripts.
    public func json() throws -> String {
        let days: [[String: Any]] = calendar.rows.map { row in
            var cells: [String: Any] = [:]
            for (category, cell) in zip(calendar.categories, row.cells) {
                var entry: [String: Any] = ["state": cell.name]
                if case let .ingested(n) = cell { entry["announcements"] = n }
                if case let .closed(.holiday(name)) = cell { entry["holiday"] = name }
                cells[category] = entry
            }
            return ["day": row.day.description, "weekday": Self.weekdayNames[row.day.weekday - 1], "categories": cells]
        }
        var object: [String: Any] = [
            "database": ["path": databasePath, "bytes": databaseBytes, "wal_bytes": walBytes],
            "counts": ["papers": papers, "authors": authors, "announcements": announcements, "summaries": summaries],
            "categories": calendar.categories, "days": days, "has_gaps": hasGaps,
            "missing": missing.map { ["from": $0.range.lowerBound.description, "to": $0.range.upperBound.description,
                                      "command": $0.command] },
        ]
        object["open_runs"] = openRuns.map { run -> [String: Any] in
            var entry: [String: Any] = ["id": run.id, "started_at": run.startedAt, "source": run.source, "records": run.records,
                                        "state": run.interrupted ? "interrupted" : "running"]
            if let point = run.resumeAfter { entry["resume_after_record"] = point }
            if let time = run.committedAt { entry["committed_at"] = time }
            return entry
        }
        if let done = rescoredSoFar { object["unfinished_rescore"] = ["papers_done": done] }
        if let searchBounds { object["search_bounds"] = searchBounds.json }
        if let run = lastRun {
            object["last_successful_run"] = ["started_at": run.startedAt, "finished_at": run.finishedAt as Any,
                                             "source": run.source, "records": run.records]
        }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// Indexed by `Day.weekday - 1` (Monday is 1).
    public static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
}
