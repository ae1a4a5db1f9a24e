import Foundation
import Hummingbird

/// A rendered body with its validators, answering conditional GETs: `If-None-Match` first (any
/// listed tag, weak or strong, or `*`), else `If-Modified-Since` at one-second precision.
struct CachedDocument: Sendable {
    let body: ByteBuffer
    let contentType: String
    let etag: String
    let lastModified: Date

    init(text: String, contentType: String, lastModified: Date) {
        body = ByteBuffer(string: text)
        self.contentType = contentType
        // FNV-1a over the bytes: stable across runs (Swift's Hasher is seeded per process).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        etag = "\"" + String(hash, radix: 16) + "-" + String(text.utf8.count, radix: 16) + "\""
        self.lastModified = Date(timeIntervalSince1970: lastModified.timeIntervalSince1970.rounded(.down))
    }

    func response(to request: Request) -> Response {
        var headers = HTTPFields()
        headers[.eTag] = etag
        headers[.lastModified] = HTTPDate.string(lastModified)
        headers[.cacheControl] = "no-cache"
        if isNotModified(request.headers) { return Response(status: .notModified, headers: headers) }
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    func isNotModified(_ headers: HTTPFields) -> Bool {
        if let tags = headers[.ifNoneMatch] {
            let opaque = etag
            return tags.split(separator: ",").contains { tag in
                var tag = tag.trimmingCharacters(in: .whitespaces)
                if tag == "*" { return true }
                if tag.hasPrefix("W/") { tag.removeFirst(2) }
                return tag == opaque
            }
        }
        if let since = headers[.ifModifiedSince].flatMap(HTTPDate.parse) { return lastModified <= since }
        return false
    }
}
