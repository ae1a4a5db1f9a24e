import Foundation

/// How an `HTTPClient` behaves: identity, timeouts, retries and which URL schemes it may open.
///
/// The defaults are polite to arXiv (a real User-Agent, bounded retries with backoff);
/// tests shrink the delays and timeouts.
public struct HTTPOptions: Sendable, Equatable {
    /// Sent with every request; arXiv asks clients to identify themselves and give a contact.
    public var userAgent: String
    /// Whole-transfer limit in seconds (connect + send + receive). Exceeding it is `HTTPError.timeout`.
    public var timeoutSeconds: Double
    /// Limit for establishing the TCP/TLS connection, in seconds.
    public var connectTimeoutSeconds: Double
    /// How many times a failed attempt is repeated (so at most `maxRetries + 1` requests).
    public var maxRetries: Int
    /// Base of the exponential backoff in seconds: attempt `n` waits a random time in `0...base * 2^n` (full jitter).
    public var retryBaseDelay: Double
    /// Upper bound of a single backoff wait, in seconds.
    public var maxBackoffSeconds: Double
    /// The longest `Retry-After` the client is willing to wait; a longer one fails at once with
    /// `HTTPError.rateLimited`, so the caller can come back at the time the server named.
    public var maxRetryAfterSeconds: Double
    /// Whether `file://` URLs may be opened. Redirects never lead to `file://`, whatever this says.
    public var allowFileURLs: Bool
    /// How many redirects are followed before giving up.
    public var maxRedirects: Int
    /// A body larger than this (after decoding) aborts the transfer; it protects memory from a runaway server.
    public var maxBodyBytes: Int

    /// The User-Agent used when none is configured.
    public static let defaultUserAgent = "arxiv-bot/\(ArxivBotVersion.current) (+https://github.com/arxiv-bot; mailto:arxiv-bot@users.noreply.github.com)"

    public init(userAgent: String = HTTPOptions.defaultUserAgent,
                timeoutSeconds: Double = 60,
                connectTimeoutSeconds: Double = 15,
                maxRetries: Int = 3,
                retryBaseDelay: Double = 2,
                maxBackoffSeconds: Double = 120,
                maxRetryAfterSeconds: Double = 600,
                allowFileURLs: Bool = false,
                maxRedirects: Int = 5,
                maxBodyBytes: Int = 512 * 1024 * 1024) {
        self.userAgent = userAgent
        self.timeoutSeconds = timeoutSeconds
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.maxRetries = maxRetries
        self.retryBaseDelay = retryBaseDelay
        self.maxBackoffSeconds = maxBackoffSeconds
        self.maxRetryAfterSeconds = maxRetryAfterSeconds
        self.allowFileURLs = allowFileURLs
        self.maxRedirects = maxRedirects
        self.maxBodyBytes = maxBodyBytes
    }

    /// The backoff before retry number `attempt + 1` (`attempt` counts from 0): full jitter,
    /// a uniform random wait in `0...min(cap, base * 2^attempt)`, so many clients do not retry in lockstep.
    func backoff(afterAttempt attempt: Int, random: (ClosedRange<Double>) -> Double = { Double.random(in: $0) }) -> Double {
        let ceiling = min(maxBackoffSeconds, retryBaseDelay * pow(2, Double(min(attempt, 30))))
        return ceiling > 0 ? random(0...ceiling) : 0
    }
}
