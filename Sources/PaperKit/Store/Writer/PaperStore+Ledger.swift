import Foundation

/// How one source of an ingest run ended, as recorded in `ingest_runs`.
public struct RunRecord: Sendable, Equatable {
    /// `running` until the run finishes (a crash leaves it so); `not-modified`: the server answered 304.
    public enum Status: String, Sendable { case running, ok, notModified = "not-modified", failed }
    public var status: Status
    /// The detected `FeedFormat` raw value (`rss`, `atom-api`…); `oai` or `api` for backfill pages.
    public var format: String?
    /// The last response's status; nil for files and when no response came.
    public var httpStatus: Int?
    /// The response's validators (`etag`, `lastModified`), reused for the next conditional GET;
    /// after a 304, the ones that were sent.
    public var etag: String?
    public var lastModified: String?
    /// RSS `lastBuildDate`, Atom `updated` or OAI `responseDate`, as written.
    public var feedDate: String?
    /// Daily feeds: the announcement day the feed covers.
    public var announced: Day?
    /// Daily feeds: the feed name the run covered (`cs.AI+cs.CL`).
    public var feed: String?
    /// Backfill pages: the job key of `backfill_state`.
    public var job: String?
    /// Records written (backfill pages: those in the request's categories); a resumed import counts
    /// those of the runs before it too. A failed run counts what it committed before the failure.
    public var recordsSeen = 0
    /// Records that could not be read and were skipped (a resumed import: those before it too).
    public var recordsSkipped = 0
    /// The first `SkipLog.keptReasons` of this run's skips, each `file:line: reason`.
    public var skipReasons: [String] = []
    /// Papers the store did not have before.
    public var papersNew = 0
    /// Papers that gained a newer version or a field the store lacked.
    public var papersUpdated = 0
    /// Announcement rows added; always 0 for backfill pages.
    public var announcementsNew = 0
    /// The failure's `message`, what the user was told.
    public var error: String?

    public init(status: Status) { self.status = status }
}

extension PaperStore {
    /// Opens a ledger row for one source, with this process's id, committed at once so a crash
    /// still leaves a trace (shown as interrupted once the process is gone).
    public func beginRun(source: String, startedAt: String = Timestamp.now()) throws -> Int64 {
        try statement("INSERT INTO ingest_runs (started_at, source, pid) VALUES (?, ?, ?)")
            .run([.text(startedAt), .text(source), .int(Int64(getpid()))])
        return database.lastInsertRowID
    }

    /// Closes a ledger row with its outcome.
    public func finishRun(_ id: Int64, _ run: RunRecord, finishedAt: String = Timestamp.now()) throws {
        try recordRun(id, run, finishedAt: finishedAt)
    }

    /// Writes a run's counts so far into its row, which stays open; called with each batch commit
    /// of a long import, so the row of a killed run says how far it got.
    public func recordProgress(_ id: Int64, _ run: RunRecord) throws {
        try recordRun(id, run, finishedAt: nil)
    }

    private func recordRun(_ id: Int64, _ run: RunRecord, finishedAt: String?) throws {
        try statement("""
            UPDATE ingest_runs SET finished_at = ?, status = ?, format = ?, http_status = ?, etag = ?,
                last_modified = ?, feed_date = ?, announced = ?, records_seen = ?, papers_new = ?,
                papers_updated = ?, announcements_new = ?, error = ?, feed = ?, job = ?, records_skipped = ?,
                skip_reasons = ?
            WHERE id = ?
            """).run([.optional(finishedAt), .text(run.status.rawValue), .optional(run.format), .optional(run.httpStatus),
                      .optional(run.etag), .optional(run.lastModified), .optional(run.feedDate), .optional(run.announced),
                      .int(Int64(run.recordsSeen)), .int(Int64(run.papersNew)), .int(Int64(run.papersUpdated)),
                      .int(Int64(run.announcementsNew)), .optional(run.error), .optional(run.feed), .optional(run.job),
                      .int(Int64(run.recordsSkipped)),
                      run.skipReasons.isEmpty ? .null : .text(run.skipReasons.joined(separator: "\n")), .int(id)])
    }

    /// Closes the rows of `source` left `running` by processes that are gone (killed, crashed, a
    /// power cut): they become `failed` with `reason`. Returns how many were closed.
    @discardableResult
    public func closeInterruptedRuns(source: String, reason: String, now: String = Timestamp.now()) throws -> Int {
        var stale: [Int64] = []
        try statement("SELECT id, pid FROM ingest_runs WHERE source = ? AND status = 'running'").forEach([.text(source)]) { row in
            if !ProcessLiveness.isRunning(row.optionalInt(1)) { stale.append(Int64(row.int(0))) }
        }
        for id in stale {
            try statement("""
                UPDATE ingest_runs SET status = 'failed', finished_at = ?, error = 'interrupted; ' || ? WHERE id = ?
                """).run([.text(now), .text(reason), .int(id)])
        }
        return stale.count
    }

    /// The ETag/Last-Modified of the last fetch of `url` whose content was stored, for a conditional GET.
    public func cacheValidators(for url: String) throws -> HTTPValidators? {
        try statement("""
            SELECT etag, last_modified FROM ingest_runs
            WHERE source = ? AND status IN ('ok', 'not-modified') AND (etag IS NOT NULL OR last_modified IS NOT NULL)
            ORDER BY id DESC LIMIT 1
            """).first([.text(url)]) { HTTPValidators(etag: $0.optionalText(0), lastModified: $0.optionalText(1)) }
    }

    /// Ledger rows, newest first.
    public func runs(limit: Int = 50) throws -> [(id: Int64, startedAt: String, source: String, run: RunRecord)] {
        var rows: [(Int64, String, String, RunRecord)] = []
        try statement("""
            SELECT id, started_at, source, status, format, http_status, etag, last_modified, feed_date, announced,
                   records_seen, papers_new, papers_updated, announcements_new, error, feed, job, records_skipped,
                   skip_reasons
            FROM ingest_runs ORDER BY id DESC LIMIT ?
            """).forEach([.int(Int64(limit))]) { row in
            var run = RunRecord(status: RunRecord.Status(rawValue: row.text(3)) ?? .failed)
            run.format = row.optionalText(4)
            run.httpStatus = row.optionalInt(5)
            run.etag = row.optionalText(6)
            run.lastModified = row.optionalText(7)
            run.feedDate = row.optionalText(8)
            run.announced = row.optionalText(9).flatMap(Day.init(iso:))
            run.recordsSeen = row.int(10)
            run.papersNew = row.int(11)
            run.papersUpdated = row.int(12)
            run.announcementsNew = row.int(13)
            run.error = row.optionalText(14)
            run.feed = row.optionalText(15)
            run.job = row.optionalText(16)
            run.recordsSkipped = row.int(17)
            run.skipReasons = row.optionalText(18)?.split(separator: "\n").map(String.init) ?? []
            rows.append((Int64(row.int(0)), row.text(1), row.text(2), run))
        }
        return rows
    }
}

/// Whether the process that opened a ledger row still runs, so a row left `running` by a process
/// that is gone can be told from one whose import is under way.
enum ProcessLiveness {
    /// True when `pid` names a live process on this machine. A row without a pid (written before
    /// schema 007) counts as gone. A reused pid can make a dead run look alive until that process
    /// ends; the cost is a row shown as running, never data lost.
    static func isRunning(_ pid: Int?) -> Bool {
        guard let pid, pid > 0, let id = pid_t(exactly: pid) else { return false }
        if id == getpid() { return true }
        return kill(id, 0) == 0 || errno == EPERM
    }
}
