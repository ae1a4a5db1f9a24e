import Foundation

/// Cache validators from an earlier response; sent back so an unchanged resource costs a 304.
public struct HTTPValidators: Sendable, Equatable, Hashable {
    /// The earlier `ETag`, sent as `If-None-Match`.
    public var etag: String?
    /// The earlier `Last-Modified`, sent verbatim as `If-Modified-Since`.
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    /// No validators: an unconditional request.
    public static let none = HTTPValidators()
}

/// One request for `HTTPClient.send(_:)`. `get`/`postJSON` build the usual ones.
public struct HTTPRequest: Sendable, Equatable {
    /// The methods arxiv-bot needs: GET for feeds, POST for JSON APIs.
    public enum Method: String, Sendable { case get = "GET", post = "POST" }

    public var method: Method
    /// `http`, `https`, or `file` when `HTTPOptions.allowFileURLs` is set.
    public var url: URL
    /// Extra headers (e.g. `Authorization`, `Content-Type`); they override the client's defaults.
    public var headers: [String: String]
    /// The request body (POST only).
    public var body: Data?
    /// Sent as `If-None-Match` / `If-Modified-Since`.
    public var validators: HTTPValidators

    public init(method: Method = .get, url: URL, headers: [String: String] = [:], body: Data? = nil,
                validators: HTTPValidators = .none) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.validators = validators
    }

    /// Every header line to send, validators included. `Expect:` is emptied so curl never waits
    /// a second for a `100 Continue` before sending a POST body.
    var headerLines: [String] {
        var lines: [String] = []
        if let etag = validators.etag { lines.append("If-None-Match: \(etag)") }
        if let date = validators.lastModified { lines.append("If-Modified-Since: \(date)") }
        if method == .post { lines.append("Expect:") }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            lines.append("\(name): \(value)")
        }
        return lines.filter { !$0.contains("\r") && !$0.contains("\n") }
    }
}
