import Foundation

/// Large inputs made from real records, for the tests of batch commits and resuming: the real
/// texts of a fixture, repeated with fresh arXiv IDs so that every record is a new paper.
public enum BulkFiles {
    /// A Kaggle snapshot of `count` lines: the 200 real lines of the snapshot's head fixture in
    /// turn, each with a fresh new-style ID (`3001.00001`, `3001.00002`, ...), in file order.
    public static func kaggle(count: Int) throws -> Data {
        let lines = try Fixtures.data("jsonl/kaggle-arxiv-metadata-oai-snapshot-head.jsonl")
            .split(separator: UInt8(ascii: "\n")).map { try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] ?? [:] }
        var out = Data()
        for n in 0..<count {
            var fields = lines[n % lines.count]
            fields["id"] = freshID(n)
            out.append(try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]))
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// The ID of line `n` (from 0) of `kaggle(count:)`, which is also item `n` of `rss(count:)`.
    public static func freshID(_ n: Int) -> String {
        String(format: "30%02d.%05d", n / 99_999 % 12 + 1, n % 99_999 + 1)
    }

    /// The real cs.AI daily feed of 27 July 2026 (223 items) with its items repeated to `count`,
    /// every arXiv ID in item `n` replaced by `freshID(n)`: one channel, one announcement day.
    public static func rss(count: Int) throws -> Data {
        let text = String(decoding: try Fixtures.data("rss/cs.AI-2026-07-27.xml"), as: UTF8.self)
        guard let first = text.range(of: "<item>"), let last = text.range(of: "</item>", options: .backwards) else {
            throw MissingFixture(path: "rss/cs.AI-2026-07-27.xml", hint: "it holds no <item>")
        }
        let items = text[first.lowerBound..<last.upperBound].components(separatedBy: "</item>")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let id = try NSRegularExpression(pattern: #"\d{4}\.\d{4,5}"#)
        var body = String(text[..<first.lowerBound])
        for n in 0..<count {
            let item = items[n % items.count] + "</item>"
            body += id.stringByReplacingMatches(in: item, range: NSRange(item.startIndex..., in: item), withTemplate: freshID(n))
            body += "\n    "
        }
        body += text[last.upperBound...]
        return Data(body.utf8)
    }
}
