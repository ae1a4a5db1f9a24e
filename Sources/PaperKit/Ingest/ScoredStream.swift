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

/// A bounded hand-off of record batches from one producer thread (parsing and scoring) to one
/// consumer (the store writer), so parsing overlaps with SQLite's work on the second core while
/// memory stays bounded by `capacity` batches.
final class RecordPipeline<Element>: @unchecked Sendable {
    /// Thrown into the producer when the consumer gave up.
    struct Cancelled: Error {}

    private let condition = NSCondition()
    private var queue: [[Element]] = []
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 8) { self.capacity = capacity }

    /// Hands a batch to the consumer, waiting while the queue is full.
    func send(_ batch: [Element]) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        queue.append(batch)
        condition.broadcast()
    }

    /// Marks the end of input; `next()` returns nil once the queue is drained.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the producer at its next `send`, and drops what is queued.
    func cancel() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for one; nil when the producer has finished and all was taken.
    func next() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished && !cancelled { condition.wait() }
        if queue.isEmpty { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }
}

extension RecordPipeline {
    /// Runs `produce` on a new thread feeding this pipeline in batches of `batchSize`, while
    /// `consume` takes the batches on the calling thread. Returns the producer's result; rethrows
    /// the first error of either side after both have stopped.
    static func run<Result>(batchSize: Int = 256,
                            produce: @escaping @Sendable (_ emit: (Element) throws -> Void) throws -> Result,
                            consume: ([Element]) throws -> Void) throws -> Result {
        let pipeline = RecordPipeline<Element>()
        let done = DispatchSemaphore(value: 0)
        let outcome = ProducerOutcome<Result>()
        let thread = Thread {
            defer { pipeline.finish(); done.signal() }
            var batch: [Element] = []
            batch.reserveCapacity(batchSize)
            do {
                let value = try produce { element in
                    batch.append(element)
                    if batch.count == batchSize {
                        try pipeline.send(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try pipeline.send(batch) }
                outcome.result = .success(value)
            } catch {
                outcome.result = .failure(error)
            }
        }
        thread.stackSize = 4 << 20
        thread.start()
        do {
            while let batch = pipeline.next() { try consume(batch) }
        } catch {
            pipeline.cancel()
            done.wait()
            throw error
        }
        done.wait()
        guard let result = outcome.result else { throw RecordPipeline.Cancelled() }
        return try result.get()
    }
}

/// The producer thread's result, read by the consumer only after the producer has signalled.
private final class ProducerOutcome<Value>: @unchecked Sendable {
    var result: Result<Value, Error>?
}
