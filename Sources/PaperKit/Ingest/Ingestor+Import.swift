import Foundation

extension Ingestor {
    /// A local file. When an earlier import of it stopped and the file is the same, it resumes
    /// after the last commit; a file that changed since is read from the start (and said so).
    func importFile(_ path: String, source: FeedSource, runID: Int64, into run: inout RunRecord) throws -> SkipLog {
        let name = source.description
        var resume = try store.resumePoint(for: name)
        let identity = FileIdentity.of(path: path)
        if let point = resume, let identity, restart || point.identity != identity {
            if !restart { onEvent?(.startingOver(source, reason: identity.difference(from: point.identity))) }
            try store.forgetResumePoint(for: name)
            resume = nil
        }
        if let resume { onEvent?(.resuming(source, resume)) }
        let reason = resume.map { "resumed after record \($0.position.records) by run \(runID)" } ?? "started again by run \(runID)"
        try store.closeInterruptedRuns(source: name, reason: reason)
        let size = identity?.size
        return try importSource(source, runID: runID, resume: resume, identity: identity, size: size, into: &run) { control, emit in
            try FeedParser.parse(file: path, control: control, emit)
        }
    }

    /// The one path every source takes once its bytes are at hand: parse and score on the parser
    /// thread, write in batches, commit by `commitPolicy` with the resume point (files only) and
    /// the ledger row's progress, and finish with the row's final counts.
    func importSource(_ source: FeedSource, runID: Int64, resume: ResumePoint?, identity: FileIdentity? = nil,
                      size: Int64? = nil, into run: inout RunRecord, parse: @escaping ScoredStream.Parse) throws -> SkipLog {
        let name = source.description, store = store, base = run
        let importer = SourceImport(session: try store.beginWriting(runID: runID), policy: commitPolicy, checkpoint: { progress in
            if let identity, let position = progress.position {
                try store.saveResumePoint(ResumePoint(
                    source: name, identity: identity, position: position, papers: (resume?.papers ?? 0) + progress.counts.written,
                    skipped: (resume?.skipped ?? 0) + progress.skips.count, runID: runID, committedAt: Timestamp.now()))
            }
            var snapshot = base
            Self.record(progress, base: resume, into: &snapshot)
            try store.recordProgress(runID, snapshot)
        }, onBatch: { [onEvent] progress in
            let records = progress.position?.records ?? 0
            var estimate: Int?
            if let offset = progress.position?.byteOffset, offset > 0, let size {
                estimate = Int(Double(records) * Double(size) / Double(offset))
            }
            onEvent?(.progress(source, records: records, estimatedTotal: estimate))
        })
        let (info, progress): (FeedInfo, ImportProgress)
        do {
            (info, progress) = try importer.run(ScoredStream(scorer: scorer), resumeAfter: resume?.position, parse: parse) { _, _ in
                if identity != nil { try store.forgetResumePoint(for: name) }
            }
        } catch var failure as ImportFailure {
            failure.resumedFrom = resume
            throw failure
        }
        Self.record(progress, base: resume, into: &run)
        run.status = .ok
        run.format = info.format.rawValue
        run.feedDate = info.buildDate
        run.announced = info.day
        run.feed = info.feedName
        if info.undatedRecords > 0 {
            onEvent?(.note(source, "\(info.undatedRecords) of \(info.recordCount) records have no date; "
                           + "search finds them, date-ranged reports and queries do not"))
        }
        return progress.skips
    }

    /// The run's counts from a source's progress; a resumed file adds what the runs before it did.
    static func record(_ progress: ImportProgress, base: ResumePoint?, into run: inout RunRecord) {
        run.recordsSeen = (base?.papers ?? 0) + progress.counts.written
        run.papersNew = progress.counts.papersNew
        run.papersUpdated = progress.counts.papersUpdated
        run.announcementsNew = progress.counts.announcementsNew
        run.recordsSkipped = (base?.skipped ?? 0) + progress.skips.count
        run.skipReasons = progress.skips.reasons
    }
}
