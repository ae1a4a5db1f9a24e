/// The outcome of one source in an ingest run.
public struct SourceReport: Sendable {
    public var source: FeedSource
    public var run: RunRecord
    /// Why the source failed; nil when it succeeded (including "not modified" and empty feeds).
    public var error: (any ArxivBotError)?
    /// Wall-clock time the source took: fetch, parse, write and ledger row.
    public var seconds: Double
    /// The records this run skipped (`run.recordsSkipped` counts those of a resumed import's earlier runs too).
    public var skips = SkipLog()
}

/// The outcome of an ingest run over several sources.
public struct IngestReport: Sendable {
    /// In the order they were ingested.
    public var sources: [SourceReport] = []
    /// The search bounds the ingest rebuilt, if it had to (`PaperStore.refreshSearchBounds`).
    public var searchBounds: SearchBoundsBuild?

    /// The sources with an error, in order.
    public var failed: [SourceReport] { sources.filter { $0.error != nil } }
    /// Sums of the sources' `RunRecord` counts (a failed source counts 0).
    public var recordsSeen: Int { sources.reduce(0) { $0 + $1.run.recordsSeen } }
    public var papersNew: Int { sources.reduce(0) { $0 + $1.run.papersNew } }
    public var papersUpdated: Int { sources.reduce(0) { $0 + $1.run.papersUpdated } }
    public var announcementsNew: Int { sources.reduce(0) { $0 + $1.run.announcementsNew } }
    /// Records skipped, over every run of each source's import.
    public var recordsSkipped: Int { sources.reduce(0) { $0 + $1.run.recordsSkipped } }

    /// The day a follow-up summarize covers: the newest announcement day the sources covered
    /// (the feed just read), else today's feed date. Not the UTC day: a run at 02:00 UTC reads
    /// the previous evening's announcements.
    public func summaryRange() throws -> DigestRange {
        let day = sources.compactMap(\.run.announced).max() ?? ArxivSchedule.feedDay()
        return try DigestRange(from: day, to: day)
    }

    /// The exit code of the first failed source; else 65 (data error) when a record was skipped,
    /// so cron and systemd notice; else success.
    public var exitCode: ExitStatus {
        if let code = failed.first?.error?.exitCode { return code }
        return recordsSkipped > 0 ? .dataError : .success
    }

    /// `ingested 1 source: 412 papers (389 new, 23 updated), 412 announcements, 0 failed`, then
    /// `, 2 records skipped` when any were, and `; search bounds rebuilt ...` when they were.
    public var summary: String {
        let count = sources.count
        let skipped = recordsSkipped
        return "ingested \(count) source\(count == 1 ? "" : "s"): \(recordsSeen) papers (\(papersNew) new, "
            + "\(papersUpdated) updated), \(announcementsNew) announcements, \(failed.count) failed"
            + (skipped > 0 ? ", \(skipped) record\(skipped == 1 ? "" : "s") skipped" : "")
            + (searchBounds.map { "; " + $0.summary } ?? "")
    }
}
