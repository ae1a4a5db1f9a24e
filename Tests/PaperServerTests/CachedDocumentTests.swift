import Foundation
import Hummingbird
import Testing
@testable import PaperServer

/// The ETag follows the body: equal bodies share it, a change to any one byte (in the words
/// hashed eight at a time or in the tail) gives another.
struct CachedDocumentTests {
    func etag(_ text: String) -> String {
        CachedDocument(text: text, contentType: "text/plain", lastModified: Date(timeIntervalSince1970: 0)).etag
    }

    @Test func theTagChangesWithAnyByteAndOnlyThen() {
        let body = String(repeating: "arXiv feed ", count: 10) + "tail"   // 114 bytes: 14 words and 2 tail bytes
        #expect(etag(body) == etag(String(body)))
        var tags: Set<String> = [etag(body)]
        for offset in [0, 7, 8, 63, 111, 112, 113] {
            var bytes = Array(body.utf8)
            bytes[offset] ^= 0x01
            tags.insert(etag(String(decoding: bytes, as: UTF8.self)))
        }
        #expect(tags.count == 8)
        #expect(etag("") != etag(" "))
    }
}
