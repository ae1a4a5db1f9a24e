import Foundation

/// Spaces requests out: at least `minimumInterval` seconds between the starts of any two requests
/// made through it, and only one request in flight at a time.
///
/// Share ONE limiter among every request to the same site: arXiv counts requests per client,
/// not per feed, so the RSS, API and OAI fetchers of a run must take turns. `RateLimiter.arxiv()`
/// is that process-wide instance; tests make their own with interval 0 (or a small one).
public final class RateLimiter: @unchecked Sendable {
    /// Blocks the calling thread for the given number of seconds.
    public typealias Sleep = @Sendable (Double) -> Void

    // `gate` is held for the whole of a permit, so it serialises callers; `lastStart` is only
    // touched while holding it. `interval` has its own lock so changing it never waits for a request.
    private let gate = NSLock()
    private var lastStart: Double?
    private let settings = NSLock()
    private var interval: Double
    private let sleep: Sleep
    private var onWait: (@Sendable (Double) -> Void)?
    private var blockedUntil: Date?

    /// - Parameters:
    ///   - minimumInterval: seconds between the starts of two requests.
    ///   - sleep: how to wait; tests inject one that records instead of sleeping.
    ///   - onWait: told how long the next request waits, before it waits (for a progress line).
    public init(minimumInterval: Double, sleep: @escaping Sleep = RateLimiter.threadSleep,
                onWait: (@Sendable (Double) -> Void)? = nil) {
        self.interval = max(0, minimumInterval)
        self.sleep = sleep
        self.onWait = onWait
    }

    /// The spacing in seconds; a change applies from the next request on.
    public var minimumInterval: Double {
        get { settings.withLock { interval } }
        set { settings.withLock { interval = max(0, newValue) } }
    }

    /// Told how long the next request waits, before it waits; replaces the observer given to `init`
    /// (the shared limiter is made before the CLI knows how it shows progress). Nil silences it.
    public var waitObserver: (@Sendable (Double) -> Void)? {
        get { settings.withLock { onWait } }
        set { settings.withLock { onWait = newValue } }
    }

    /// The site asked (with a `Retry-After` too long to wait for) not to be asked again before `date`.
    public func block(until date: Date) {
        settings.withLock { blockedUntil = max(blockedUntil ?? date, date) }
    }

    /// When requests may go out again, if the site asked for a pause that has not ended yet.
    public func blocked(now: Date = Date()) -> Date? {
        settings.withLock { blockedUntil.flatMap { $0 > now ? $0 : nil } }
    }

    /// Runs `body` (one request) once the interval since the previous start has passed,
    /// with no other request of this limiter running meanwhile.
    public func withPermit<T>(_ body: () throws -> T) rethrows -> T {
        gate.lock()
        defer { gate.unlock() }
        if let last = lastStart {
            let wait = minimumInterval - (RateLimiter.now() - last)
            if wait > 0 {
                waitObserver?(wait)
                sleep(wait)
            }
        }
        lastStart = RateLimiter.now()
        return try body()
    }

    /// The default sleep: blocks the thread (the client is synchronous by design: one request at a time).
    public static let threadSleep: Sleep = { seconds in
        if seconds > 0 { Thread.sleep(forTimeInterval: seconds) }
    }

    /// Monotonic seconds, immune to wall-clock changes.
    private static func now() -> Double { ProcessInfo.processInfo.systemUptime }

    private static let shared = RateLimiter(minimumInterval: 3)

    /// The one limiter for every arXiv request of this process (RSS, API and OAI alike).
    /// Every call returns the same instance and sets its interval to `interval`; the configuration
    /// is read once per run, so in practice every caller passes the same value.
    public static func arxiv(interval: Double = 3) -> RateLimiter {
        shared.minimumInterval = interval
        return shared
    }
}
