import Foundation
import PaperKit

/// Writes a Kaggle `arxiv-metadata-oai-snapshot` JSON-lines file of `records` distinct papers,
/// cycling through real texts and giving every copy a fresh new-style ID (2101.00001 onward,
/// 99,999 a month) with submission dates inside that ID's month.
///
/// Lines look like the real dump's: its key order, compact separators, non-ASCII written as
/// `\uXXXX` (Python's `json.dumps` default), RFC 822 `created` dates and `authors_parsed`.
enum KaggleFeedWriter {
    static func write(records count: Int, from texts: [PaperRecord], to path: String) throws {
        guard let file = fopen(path, "wb") else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        // Each text is encoded once; a line splices only its ID and dates (ASCII) around them.
        let encoded = try texts.map(EncodedText.init)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 21)
        for n in 0..<count {
            let text = encoded[n % encoded.count]
            let month = n / 99_999, number = 1 + n % 99_999
            let id = String(format: "%02d%02d.%05d", 21 + month / 12, 1 + month % 12, number)
            let submitted = KaggleDate.submission(month: month, number: number)
            // One paper in three has a second version a week and a few hours later.
            let revised = n % 3 == 0 ? submitted + 7 * 86_400 + 3_600 * (n % 24) : nil
            var versions = "[{\"version\":\"v1\",\"created\":\"\(KaggleDate.rfc822(submitted))\"}"
            if let revised { versions += ",{\"version\":\"v2\",\"created\":\"\(KaggleDate.rfc822(revised))\"}" }
            buffer += Array("{\"id\":\"\(id)\",".utf8)
            buffer += text.fields
            buffer += Array(",\"versions\":\(versions)],\"update_date\":\"\(KaggleDate.iso(revised ?? submitted))\",".utf8)
            buffer += text.authorsParsed
            buffer += Array("}\n".utf8)
            if buffer.count > 1 << 20 {
                try flush(&buffer, to: file, path: path)
            }
        }
        try flush(&buffer, to: file, path: path)
        guard fclose(file) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    private static func flush(_ buffer: inout [UInt8], to file: UnsafeMutablePointer<FILE>, path: String) throws {
        guard fwrite(buffer, 1, buffer.count, file) == buffer.count else {
            throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path])
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// One text's members as JSON bytes: `"submitter"` through `"abstract"`, and `"authors_parsed"`.
    private struct EncodedText {
        let fields: [UInt8]
        let authorsParsed: [UInt8]

        init(_ r: PaperRecord) throws {
            // Kaggle's authors_parsed is [keyname, forenames, suffix]; the texts keep only display
            // names, so the last word is taken for the keyname, as BenchFeedWriter does.
            let parsed: [[String]] = r.authors.map { author in
                let words = author.name.split(separator: " ")
                return [String(words.last ?? ""), words.dropLast().joined(separator: " "), ""]
            }
            let members: [(String, Any)] = [
                ("submitter", r.authors.first?.name ?? NSNull()),
                ("authors", r.authors.map(\.name).joined(separator: ", ")),
                ("title", r.title), ("comments", r.comments ?? NSNull()), ("journal-ref", r.journalRef ?? NSNull()),
                ("doi", r.doi ?? NSNull()), ("report-no", NSNull()), ("categories", r.categories.joined(separator: " ")),
                ("license", r.license ?? NSNull()), ("abstract", r.abstract),
            ]
            var fields: [UInt8] = []
            for (offset, (key, value)) in members.enumerated() {
                if offset > 0 { fields.append(UInt8(ascii: ",")) }
                fields += try Self.json(key) + [UInt8(ascii: ":")] + Self.json(value)
            }
            self.fields = fields
            authorsParsed = Array("\"authors_parsed\":".utf8) + (try Self.json(parsed))
        }

        /// JSONSerialization's escaping, then every byte outside printable ASCII as `\uXXXX`
        /// (UTF-16 units, so a character beyond the BMP becomes a surrogate pair), like Python's.
        private static func json(_ value: Any) throws -> [UInt8] {
            let data = try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .withoutEscapingSlashes])
            let text = String(decoding: data, as: UTF8.self)
            var out: [UInt8] = []
            out.reserveCapacity(data.count)
            for unit in text.utf16 {
                if unit >= 0x20 && unit < 0x7F {
                    out.append(UInt8(unit))
                } else {
                    out += Array(String(format: "\\u%04x", unit).utf8)
                }
            }
            return out
        }
    }
}
