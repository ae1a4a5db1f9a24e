import Foundation

/// When a long source commits: after `records` records or `seconds` seconds, whichever comes first.
public struct CommitPolicy: Sendable, Equatable {
    public var records: Int
    public var seconds: Double

    public init(records: Int, seconds: Double) {
        (self.records, self.seconds) = (records, seconds)
    }

    /// Sources of `ingest`: a daily feed (a few thousand records at most) stays one transaction; a
    /// bulk file commits every 50,000 records or 5 s, so a crash loses at most that much.
    public static let batches = CommitPolicy(records: 50_000, seconds: 5)
    /// One transaction for the whole source: backfill pages, whose job position commits with them.
    public static let whole = CommitPolicy(records: .max, seconds: .infinity)
}

/// How far one source got: what was written, what was skipped, and the position after the last item.
struct ImportProgress: Sendable, Equatable {
    var counts = WriteCounts()
    var skips = SkipLog()
    var position: SourcePosition?
}

/// A source failed after committing part of it: `committed` is what stays in the store.
struct ImportFailure: Error {
    var error: any Error
    var committed: ImportProgress
    /// The resume point the failed run started from, whose counts the committed ones add to.
    var resumedFrom: ResumePoint?
}

/// The one write loop of daily feeds, files, URLs and backfill pages: a scored stream into a write
/// session, committed by the policy. Each commit first runs `checkpoint` in its transaction (the
/// resume point, the ledger row); the last one runs `finish`.
struct SourceImport {
    let session: WriteSession
    let policy: CommitPolicy
    var checkpoint: (ImportProgress) throws -> Void = { _ in }
    /// Told the progress after each batch is written, for a progress line.
    var onBatch: (ImportProgress) -> Void = { _ in }

    /// Writes the stream and commits the last batch with `finish`. On any failure, what was written
    /// since the last commit is rolled back and `ImportFailure` says what was committed before.
    func run(_ stream: ScoredStream, resumeAfter: SourcePosition? = nil, parse: @escaping ScoredStream.Parse,
             finish: (FeedInfo, ImportProgress) throws -> Void = { _, _ in }) throws -> (FeedInfo, ImportProgress) {
        var progress = ImportProgress(), committed = ImportProgress()
        var sinceCommit = 0
        var lastCommit = Date()
        do {
            let info = try stream.run(resumeAfter: resumeAfter, parse: parse) { items in
                var batch: [ScoredRecord] = []
                batch.reserveCapacity(items.count)
                for item in items {
                    switch item {
                    case let .record(record, position): batch.append(record); progress.position = position
                    case let .skipped(error, position): progress.skips.add(error); progress.position = position
                    }
                }
                progress.counts += try session.write(batch)
                sinceCommit += items.count
                if sinceCommit >= policy.records || Date().timeIntervalSince(lastCommit) >= policy.seconds {
                    try session.commit { try checkpoint(progress) }
                    (committed, sinceCommit, lastCommit) = (progress, 0, Date())
                }
                onBatch(progress)
            }
            try session.close { try finish(info, progress) }
            return (info, progress)
        } catch {
            session.abandon()
            throw ImportFailure(error: error, committed: committed)
        }
    }
}

/// The records of one source that could not be read: how many, and the first reasons.
public struct SkipLog: Sendable, Equatable {
    /// How many reasons are kept (and printed, and stored in the ledger); the rest are counted.
    public static let keptReasons = 20

    /// Skipped records, all of them.
    public private(set) var count = 0
    /// The first `keptReasons` skips, each `file:line: reason`.
    public private(set) var reasons: [String] = []

    public init() {}

    mutating func add(_ error: FeedError) {
        count += 1
        if reasons.count < Self.keptReasons { reasons.append(Self.reason(error)) }
    }

    /// `dump.jsonl:500: not valid json`: where the record is and why it was skipped.
    static func reason(_ error: FeedError) -> String {
        switch error {
        case let .badJSONLine(source, line, reason), let .badRecord(source, line, reason): return "\(source):\(line): \(reason)"
        default: return error.message
        }
    }

    /// The warning lines for the user: one per kept reason, then `and N more` when there are more.
    public var warnings: [String] {
        let more = count - reasons.count
        return reasons.map { "\($0) (skipped)" } + (more > 0 ? ["and \(more) more skipped records"] : [])
    }
}
