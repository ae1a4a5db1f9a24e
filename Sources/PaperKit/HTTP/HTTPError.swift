import Foundation

/// Everything that can go wrong fetching a URL. Messages are one lowercase line naming the URL
/// and suggesting what to do; exit codes follow sysexits.
public enum HTTPError: ArxivBotError, Equatable {
    /// The server kept answering 429 or 503 after every retry, or asked for a longer wait than allowed.
    /// `retryAfter` is when the server said to come back, if it said.
    case rateLimited(url: String, status: Int, retryAfter: Date?, attempts: Int)
    /// A 5xx that did not go away after the retries (or a status refused by `HTTPResponse.checked()`).
    case status(url: String, status: Int)
    /// libcurl failed (refused connection, DNS, TLS, truncated body, refused redirect, ...).
    case transport(url: String, code: Int, message: String)
    /// The transfer did not finish within the configured time.
    case timeout(url: String, seconds: Double)
    /// A `file://` URL whose file does not exist or cannot be read.
    case fileNotFound(path: String)
    /// A `file://` (or other) URL was given to a client that does not allow that scheme.
    case schemeNotAllowed(url: String)
    /// The body grew past `HTTPOptions.maxBodyBytes`.
    case bodyTooLarge(url: String, limit: Int)
    /// Not sent: earlier in this run the site asked not to be asked again before `until`.
    case deferred(url: String, until: Date)
    /// The run was stopped (Ctrl-C) while this request waited for its turn or its retry; it was not sent.
    case cancelled(url: String)

    public var exitCode: ExitStatus {
        switch self {
        case .rateLimited, .deferred: return .tempFailure
        case .status, .transport, .timeout, .bodyTooLarge: return .unavailable
        case .fileNotFound: return .noInput
        case .schemeNotAllowed: return .usage
        case .cancelled: return .interrupted
        }
    }

    public var errorDescription: String? {
        switch self {
        case let .rateLimited(url, status, retryAfter, attempts):
            let host = URL(string: url)?.host ?? "the server"
            let when = retryAfter.map { "try again after \(HTTPError.clockTime($0))" } ?? "try again later"
            let times = attempts == 1 ? "once" : "\(attempts) times"
            return "\(host) answered \(status) (rate limited) for \(url) \(times); \(when)"
        case let .status(url, status):
            let hint = status >= 500 ? "the server is failing, try again later" : "check the url and the query"
            return "http \(status) from \(url); \(hint)"
        case let .transport(url, code, message):
            let detail = message.isEmpty ? "" : ": \(message.lowercased())"
            return "could not fetch \(url) (curl error \(code)\(detail)); check the url and your network connection"
        case let .timeout(url, seconds):
            return "timed out after \(HTTPError.seconds(seconds)) fetching \(url); the server may be slow or down, try again later or raise the timeout"
        case let .fileNotFound(path):
            return "file not found: \(path); check the path"
        case let .schemeNotAllowed(url):
            return "refusing to open \(url): only http and https urls are allowed here; pass a local file where a file is expected"
        case let .bodyTooLarge(url, limit):
            return "response from \(url) is larger than \(limit) bytes, more than any arXiv answer; check the URL"
        case let .deferred(url, until):
            let host = URL(string: url)?.host ?? "the server"
            return "not fetching \(url): \(host) asked to be left alone until \(HTTPError.clockTime(until)); try again after that"
        case let .cancelled(url):
            return "stopped before fetching \(url); run the same command again to continue"
        }
    }

    /// `14:32 UTC` today, or `2026-07-28 14:32 UTC` on another day, so a user knows when to come back.
    static func clockTime(_ date: Date, now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let time = String(format: "%02d:%02d UTC", c.hour ?? 0, c.minute ?? 0)
        if calendar.isDate(date, inSameDayAs: now) { return time }
        return String(format: "%04d-%02d-%02d ", c.year ?? 0, c.month ?? 0, c.day ?? 0) + time
    }

    private static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : String(format: "%.1f s", s)
    }
}
