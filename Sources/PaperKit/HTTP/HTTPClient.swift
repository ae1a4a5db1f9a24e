import CCurl
import Foundation

/// Fetches URLs with libcurl: GET (conditional, with validators) and POST with a JSON body.
///
/// Every attempt goes through the optional `RateLimiter`; failed attempts are retried:
/// 5xx, timeouts, refused or dropped connections and truncated bodies with exponential backoff
/// and full jitter, 429/503 after the server's `Retry-After`. Other statuses (200, 304, 404,
/// arXiv's 400 with an Atom error body) are returned as responses for the caller to judge.
///
/// The client holds no mutable state (each request gets its own curl handle), so one instance
/// may be shared across threads. Calls block the calling thread.
public final class HTTPClient: Sendable {
    /// Blocks for the given number of seconds; injected by tests to record backoff and `Retry-After` waits.
    public typealias Sleeper = @Sendable (Double) -> Void

    /// Told before each retry: the URL, which retry this is (1-based), the wait in seconds and why.
    public typealias RetryObserver = @Sendable (_ url: String, _ retry: Int, _ wait: Double, _ reason: String) -> Void

    public let options: HTTPOptions
    /// Shared by all clients talking to the same site; nil means no spacing between requests.
    public let rateLimiter: RateLimiter?
    private let sleeper: Sleeper
    private let onRetry: RetryObserver?
    private let isCancelled: (@Sendable () -> Bool)?

    /// - Parameter isCancelled: asked before every attempt and during retry waits; once true, the
    ///   request in waiting is not sent and `HTTPError.cancelled` is thrown (the CLI sets it from Ctrl-C).
    public init(options: HTTPOptions = HTTPOptions(), rateLimiter: RateLimiter? = nil,
                sleeper: @escaping Sleeper = RateLimiter.threadSleep, onRetry: RetryObserver? = nil,
                isCancelled: (@Sendable () -> Bool)? = nil) {
        self.options = options
        self.rateLimiter = rateLimiter
        self.sleeper = sleeper
        self.onRetry = onRetry
        self.isCancelled = isCancelled
    }

    /// GET `url`, conditionally when `validators` are given (a 304 response then means "unchanged").
    public func get(_ url: URL, validators: HTTPValidators = .none, headers: [String: String] = [:]) throws(HTTPError) -> HTTPResponse {
        try send(HTTPRequest(method: .get, url: url, headers: headers, validators: validators))
    }

    /// POST a JSON body (for OpenAI-compatible APIs); `headers` may carry `Authorization`.
    public func postJSON(_ url: URL, body: Data, headers: [String: String] = [:]) throws(HTTPError) -> HTTPResponse {
        var all = ["Content-Type": "application/json", "Accept": "application/json"]
        all.merge(headers) { _, given in given }
        return try send(HTTPRequest(method: .post, url: url, headers: all, body: body))
    }

    /// Sends `request`, retrying as described on the type, and returns the final response.
    /// Redirects are followed here, not inside libcurl, so every hop waits its turn at the rate limiter.
    public func send(_ request: HTTPRequest) throws(HTTPError) -> HTTPResponse {
        var request = request
        for _ in 0..<max(1, options.maxRedirects + 1) {
            let response = try sendWithRetries(request)
            guard let next = try Self.redirect(after: response, of: request) else { return response }
            request = next
        }
        throw HTTPError.transport(url: request.url.absoluteString, code: Int(CURLE_TOO_MANY_REDIRECTS.rawValue),
                                  message: "more than \(options.maxRedirects) redirects")
    }

    /// The request a 3xx answer points to, or nil when the answer is final. Only http(s) targets
    /// are followed; a POST becomes a GET except after 307/308; `Authorization` stays on its host.
    static func redirect(after response: HTTPResponse, of request: HTTPRequest) throws(HTTPError) -> HTTPRequest? {
        guard [301, 302, 303, 307, 308].contains(response.status), let location = response[header: "location"],
              let target = URL(string: location, relativeTo: request.url)?.absoluteURL else { return nil }
        let scheme = target.scheme?.lowercased() ?? ""
        guard scheme == "http" || scheme == "https" else {
            throw HTTPError.transport(url: target.absoluteString, code: Int(CURLE_UNSUPPORTED_PROTOCOL.rawValue),
                                      message: "refusing to follow a redirect to a \(scheme) url")
        }
        var next = request
        next.url = target
        if response.status == 303 || (request.method == .post && response.status < 307) {
            (next.method, next.body) = (.get, nil)
        }
        if target.host != request.url.host { next.headers["Authorization"] = nil }
        return next
    }

    private func sendWithRetries(_ request: HTTPRequest) throws(HTTPError) -> HTTPResponse {
        let url = request.url.absoluteString
        if request.url.isFileURL && !options.allowFileURLs { throw HTTPError.schemeNotAllowed(url: url) }
        if let until = rateLimiter?.blocked() { throw HTTPError.deferred(url: url, until: until) }
        var retry = 0
        while true {
            let outcome: Result<HTTPResponse, HTTPError>
            if let rateLimiter {
                outcome = rateLimiter.withPermit { attemptUnlessCancelled(request) }
            } else {
                outcome = attemptUnlessCancelled(request)
            }
            switch RetryDecision(outcome: outcome, url: url, retry: retry, options: options) {
            case let .finish(response):
                return response
            case let .fail(error):
                // A wait too long to sit out holds back every later request to the site in this process.
                if case let .rateLimited(_, _, comeBack?, _) = error { rateLimiter?.block(until: comeBack) }
                throw error
            case let .retry(wait, reason):
                retry += 1
                onRetry?(url, retry, wait, reason)
                pause(wait)
            }
        }
    }

    private func attemptUnlessCancelled(_ request: HTTPRequest) -> Result<HTTPResponse, HTTPError> {
        if isCancelled?() == true { return .failure(.cancelled(url: request.url.absoluteString)) }
        return attempt(request)
    }

    /// Sleeps `seconds` before a retry; in slices when the run can be cancelled, so Ctrl-C does
    /// not sit out a long `Retry-After`.
    private func pause(_ seconds: Double) {
        guard let isCancelled else { return sleeper(seconds) }
        var left = seconds
        while left > 0, !isCancelled() {
            sleeper(min(left, 0.2))
            left -= 0.2
        }
    }

    /// One transfer, no retries.
    private func attempt(_ request: HTTPRequest) -> Result<HTTPResponse, HTTPError> {
        Result { () throws(HTTPError) -> HTTPResponse in try perform(request) }
    }

    private func perform(_ request: HTTPRequest) throws(HTTPError) -> HTTPResponse {
        let url = request.url.absoluteString
        let easy = try CurlEasy(url: url)
        try easy.set(CURLOPT_URL, url)
        try easy.set(CURLOPT_NOSIGNAL, 1)  // timeouts must not use SIGALRM in a threaded process
        try easy.set(CURLOPT_PROTOCOLS_STR, options.allowFileURLs ? "http,https,file" : "http,https")
        try easy.set(CURLOPT_FOLLOWLOCATION, 0)  // `send` follows redirects, each through the rate limiter
        try easy.set(CURLOPT_ACCEPT_ENCODING, "")  // every encoding this libcurl can decode
        try easy.set(CURLOPT_FAILONERROR, 0)  // error bodies are data (arXiv's 400 is an Atom document)
        try easy.set(CURLOPT_USERAGENT, options.userAgent)
        try easy.set(CURLOPT_TIMEOUT_MS, Self.milliseconds(options.timeoutSeconds))
        try easy.set(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(options.connectTimeoutSeconds))
        try easy.setHeaders(request.headerLines)
        if request.method == .post { try easy.setPostBody(request.body ?? Data()) }

        let result = try easy.perform(maxBodyBytes: options.maxBodyBytes)
        switch result.code {
        case CURLE_OK:
            // libcurl reports status 0 for file:// transfers; a file that was read is a success.
            let status = request.url.isFileURL && result.status == 0 ? 200 : result.status
            return HTTPResponse(status: status, headers: result.headers, body: result.body, effectiveURL: request.url)
        case CURLE_OPERATION_TIMEDOUT:
            throw HTTPError.timeout(url: url, seconds: options.timeoutSeconds)
        case CURLE_FILE_COULDNT_READ_FILE where request.url.isFileURL
                && !FileManager.default.fileExists(atPath: request.url.path):
            throw HTTPError.fileNotFound(path: request.url.path)
        case CURLE_WRITE_ERROR where result.overflowed:
            throw HTTPError.bodyTooLarge(url: url, limit: options.maxBodyBytes)
        default:
            throw HTTPError.transport(url: url, code: Int(result.code.rawValue), message: result.errorMessage)
        }
    }

    private static func milliseconds(_ seconds: Double) -> Int {
        seconds <= 0 ? 0 : max(1, Int((seconds * 1000).rounded()))
    }
}
