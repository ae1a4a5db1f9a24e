import Foundation

extension LocalHTTPServer {
    /// A request as the server received it.
    public struct Request: Sendable {
        /// `GET`, `POST`, ...
        public let method: String
        /// The request target with its query, e.g. `/api/query?search_query=cat:cs.AI`.
        public let path: String
        /// Header names lowercased; repeated headers joined with ", ".
        public let headers: [String: String]
        public let body: Data
        /// When the connection was accepted (the closest the server sees to the client's start).
        public let receivedAt: Date

        /// The path without the query.
        public var pathWithoutQuery: String { String(path.prefix { $0 != "?" }) }
        /// A header by case-insensitive name.
        public func header(_ name: String) -> String? { headers[name.lowercased()] }
        /// The body as UTF-8 text.
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// What to answer. `Content-Length` and `Connection: close` are added unless given.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: Data
        /// Seconds to wait before answering (to provoke client timeouts).
        public var delay: Double
        /// Send only this many body bytes, announce the full length, then close: a truncated transfer.
        public var truncateAfter: Int?
        /// Send the body gzip-encoded with `Content-Encoding: gzip`.
        public var gzip: Bool

        public init(status: Int = 200, headers: [String: String] = [:], body: Data = Data(),
                    delay: Double = 0, truncateAfter: Int? = nil, gzip: Bool = false) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.truncateAfter = truncateAfter
            self.gzip = gzip
        }

        /// A UTF-8 text body.
        public static func text(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> Response {
            Response(status: status, headers: headers, body: Data(text.utf8))
        }

        /// A redirect to `location` (absolute, or a path on this server).
        public static func redirect(to location: String, status: Int = 302) -> Response {
            Response(status: status, headers: ["Location": location])
        }

        /// The bytes put on the wire: status line, headers, blank line, (possibly cut) body.
        func serialized() -> Data {
            var payload = gzip ? Gzip.encode(body) : body
            var fields = headers
            if gzip { fields["Content-Encoding"] = "gzip" }
            let has = { (name: String) in fields.keys.contains { $0.lowercased() == name } }
            if !has("content-length") { fields["Content-Length"] = String(payload.count) }
            if !has("connection") { fields["Connection"] = "close" }
            if let cut = truncateAfter { payload = payload.prefix(max(0, cut)) }
            var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
            for (name, value) in fields.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
            head += "\r\n"
            return Data(head.utf8) + payload
        }

        static func reason(_ status: Int) -> String {
            switch status {
            case 200: return "OK"
            case 301: return "Moved Permanently"
            case 302: return "Found"
            case 304: return "Not Modified"
            case 400: return "Bad Request"
            case 404: return "Not Found"
            case 429: return "Too Many Requests"
            case 500: return "Internal Server Error"
            case 503: return "Service Unavailable"
            default: return "Status \(status)"
            }
        }
    }
}
