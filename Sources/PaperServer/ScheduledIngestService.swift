import Foundation
import ServiceLifecycle

/// Runs a job every day at a UTC time, for as long as the server runs. A graceful shutdown
/// (SIGINT/SIGTERM) ends the wait at once; a job already running is allowed to finish, so an
/// ingest never stops half-way through a source.
struct ScheduledIngestService: Service {
    let time: DailyTime
    let now: @Sendable () -> Date
    let job: @Sendable () async -> Void
    /// Called with each next run time, for the log.
    var onScheduled: @Sendable (Date) -> Void = { _ in }

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let next = time.next(after: now())
            onScheduled(next)
            let seconds = max(0, next.timeIntervalSince(now()))
            do {
                try await cancelWhenGracefulShutdown {
                    try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                }
            } catch {
                return  // shutting down
            }
            await job()
        }
    }
}
