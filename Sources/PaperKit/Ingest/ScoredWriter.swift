import Foundation

/// What writing a stream of records into the store did.
struct WriteCounts {
    var written = 0
    var papersNew = 0
    var papersUpdated = 0
    var announcementsNew = 0
}

extension PaperStore {
    /// Parses and scores on a second thread while this thread writes what `keep` accepts: the one
    /// write loop of daily ingests and backfill pages. The caller holds the transaction; index
    /// rows of new papers are added in batches (`holdingIndexRows`).
    /// `progress` is told the records written so far after each batch.
    func writeScored(runID: Int64, scorer: Scorer, keep: @escaping @Sendable (PaperRecord) -> Bool = { _ in true },
                     progress: ((Int) -> Void)? = nil,
                     parse: @escaping @Sendable (_ emit: (PaperRecord) throws -> Void) throws -> FeedInfo) throws
        -> (info: FeedInfo, counts: WriteCounts) {
        let now = Timestamp.now()
        var counts = WriteCounts()
        let info = try holdingIndexRows {
            try RecordPipeline<(PaperRecord, ScoreResult)>.run(produce: { emit in
                try parse { record in
                    guard keep(record) else { return }
                    try emit((record, scorer.score(title: record.title, abstract: record.abstract)))
                }
            }, consume: { batch in
                for (record, score) in batch {
                    let outcome = try write(record, score: score, runID: runID, now: now)
                    counts.written += 1
                    if outcome.paper == .new { counts.papersNew += 1 }
                    if outcome.paper == .updated { counts.papersUpdated += 1 }
                    if outcome.announcementAdded { counts.announcementsNew += 1 }
                }
                progress?(counts.written)
            })
        }
        return (info, counts)
    }
}
