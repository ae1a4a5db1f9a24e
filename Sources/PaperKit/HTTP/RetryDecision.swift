import Foundation

/// What to do after one attempt: the retry policy of `HTTPClient`, kept apart from the transfer
/// so it reads as a table.
enum RetryDecision {
    case finish(HTTPResponse)
    case fail(HTTPError)
    case retry(wait: Double, reason: String)

    /// curl codes worth another try: the network or the server hiccuped, the request was fine.
    /// 5 proxy/6 host resolution, 7 connect refused, 18 body cut short, 28 timeout,
    /// 52 empty reply, 55/56 send/receive failure, 35 TLS handshake.
    static let retryableCurlCodes: Set<Int> = [5, 6, 7, 18, 28, 35, 52, 55, 56]

    /// - Parameter retry: how many retries have already been made (0 after the first attempt).
    init(outcome: Result<HTTPResponse, HTTPError>, url: String, retry: Int, options: HTTPOptions,
         now: Date = Date(), random: (ClosedRange<Double>) -> Double = { Double.random(in: $0) }) {
        let exhausted = retry >= options.maxRetries
        switch outcome {
        case let .success(response) where response.status == 429 || response.status == 503:
            let serverWait = response.retryAfter
            let comeBack = serverWait.map { response.receivedAt.addingTimeInterval($0) }
            let limited = HTTPError.rateLimited(url: url, status: response.status, retryAfter: comeBack, attempts: retry + 1)
            if exhausted {
                self = .fail(limited)
            } else if let serverWait, serverWait > options.maxRetryAfterSeconds {
                // Waiting less than asked would be impolite, waiting longer blocks the run: give up now.
                self = .fail(limited)
            } else if let serverWait {
                self = .retry(wait: serverWait, reason: "http \(response.status), retry-after \(Int(serverWait.rounded())) s")
            } else {
                self = .retry(wait: options.backoff(afterAttempt: retry, random: random), reason: "http \(response.status)")
            }
        case let .success(response) where (500..<600).contains(response.status):
            self = exhausted ? .fail(.status(url: url, status: response.status))
                             : .retry(wait: options.backoff(afterAttempt: retry, random: random), reason: "http \(response.status)")
        case let .success(response):
            self = .finish(response)
        case let .failure(error):
            if !exhausted, let reason = Self.retryReason(error) {
                self = .retry(wait: options.backoff(afterAttempt: retry, random: random), reason: reason)
            } else {
                self = .fail(error)
            }
        }
    }

    private static func retryReason(_ error: HTTPError) -> String? {
        switch error {
        case .timeout: return "timeout"
        case let .transport(_, code, message) where retryableCurlCodes.contains(code): return "curl \(code): \(message)"
        default: return nil
        }
    }
}
