import Foundation

/// One item of a parse, in document order, with the position just after it.
enum ParsedItem: Sendable {
    case record(ScoredRecord, after: SourcePosition)
    case skipped(FeedError, after: SourcePosition)
}

/// Parses a source on a thread of its own, scores each record it keeps there, and hands the items
/// to the calling thread in batches, so parsing and scoring overlap with the store's work on the
/// other core while memory stays bounded by the batches in flight.
struct ScoredStream {
    /// Runs one parse with the given control, handing each record over.
    typealias Parse = @Sendable (ParseControl, (PaperRecord) throws -> Void) throws -> FeedInfo

    let scorer: Scorer
    /// Which records to score and hand over (backfill: those in the configured categories).
    var keep: @Sendable (PaperRecord) -> Bool = { _ in true }

    /// Parses from `resumeAfter` (nil: the start) and gives `consume` the items in order; returns
    /// what the parse learned. Rethrows the first error of either side once both have stopped.
    func run(resumeAfter: SourcePosition?, parse: @escaping Parse, consume: ([ParsedItem]) throws -> Void) throws -> FeedInfo {
        let scorer = scorer, keep = keep
        return try RecordPipeline<ParsedItem>.run(produce: { emit in
            try withoutActuallyEscaping(emit) { emit in
                let control = ParseControl(resumeAfter: resumeAfter) { error, position in
                    try emit(.skipped(error, after: position))
                }
                return try parse(control) { record in
                    guard keep(record) else { return }
                    let score = scorer.score(title: record.title, abstract: record.abstract)
                    try emit(.record(ScoredRecord(record, score: score), after: control.position))
                }
            }
        }, consume: consume)
    }
}
