import Foundation
import PaperKit

/// Shows a backfill as it runs, on stderr and only on a terminal: the page line, and what it is
/// waiting for when the rate limiter or a retry holds the next request back.
final class BackfillConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var line: String

    init(request: BackfillRequest) {
        line = BackfillProgress(via: request.via, scope: request.scopeDescription, page: 0, pagesTotal: nil,
                                records: 0, elapsed: 0).line
    }

    func start() { Console.progress(lock.withLock { line }) }

    func show(_ event: Backfiller.Event) {
        switch event {
        case let .resumed(state):
            Console.progress("resuming at page \(state.pagesDone + 1) (\(state.recordsDone) records so far; --restart starts over)")
        case let .page(progress):
            lock.withLock { line = progress.line }
            Console.progress(progress.line)
        }
    }

    /// For `RateLimiter.waitObserver`.
    var waiting: @Sendable (Double) -> Void {
        { [self] seconds in Console.progress(lock.withLock { line } + String(format: "  waiting %.1f s", seconds)) }
    }

    /// For `HTTPClient`'s retry observer.
    var retrying: HTTPClient.RetryObserver {
        { [self] _, retry, wait, reason in
            Console.progress(lock.withLock { line } + String(format: "  retry %d in %.0f s (%@)", retry, wait, reason))
        }
    }

    func finish() { Console.clearProgress() }
}
