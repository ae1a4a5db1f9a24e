import Foundation

/// What a server (or a local file) answered. Any status is a response: 304 means "unchanged",
/// 4xx bodies carry error documents the parsers read. Use `checked()` to turn non-success into an error.
public struct HTTPResponse: Sendable, Equatable {
    /// The HTTP status of the last response after redirects; `file://` URLs report 200.
    public let status: Int
    /// Headers of the final response only, names lowercased; repeated headers joined with ", ".
    public let headers: [String: String]
    /// The body after content decoding (gzip, br, ...).
    public let body: Data
    /// The URL that answered: the last hop when `HTTPClient.send` followed redirects.
    public let effectiveURL: URL
    /// When the response arrived, the reference point of `retryAfter`.
    public let receivedAt: Date

    public init(status: Int, headers: [String: String], body: Data, effectiveURL: URL, receivedAt: Date = Date()) {
        self.status = status
        self.headers = headers
        self.body = body
        self.effectiveURL = effectiveURL
        self.receivedAt = receivedAt
    }

    /// The value of a header, by case-insensitive name.
    public subscript(header name: String) -> String? { headers[name.lowercased()] }

    public var etag: String? { headers["etag"] }
    public var lastModified: String? { headers["last-modified"] }
    /// Validators to store and send next time.
    public var validators: HTTPValidators { HTTPValidators(etag: etag, lastModified: lastModified) }

    /// `Retry-After` in seconds from `receivedAt` (given as seconds or as an HTTP date); never negative.
    public var retryAfter: Double? {
        headers["retry-after"].flatMap { RetryAfter.seconds(from: $0, now: receivedAt) }
    }

    /// 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }
    /// 304: the validators matched, the caller's copy is current.
    public var isNotModified: Bool { status == 304 }

    /// The body as UTF-8 text (invalid bytes replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// This response if it is 2xx or 304, else `HTTPError.status` (for callers that have no use for error bodies).
    public func checked() throws(HTTPError) -> HTTPResponse {
        guard isSuccess || isNotModified else {
            throw HTTPError.status(url: effectiveURL.absoluteString, status: status)
        }
        return self
    }
}
