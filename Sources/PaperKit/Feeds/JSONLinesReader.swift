import Foundation

/// Reads JSON lines (Kaggle `arxiv-metadata-oai-snapshot`, daily-crawl JSONL) one line at a time,
/// so a multi-gigabyte dump is parsed in constant memory. A bad line throws with its number.
enum JSONLinesReader {
    static func parse(file path: String, _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        guard let file = fopen(path, "rb") else {
            throw FeedError.unreadable(source: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var info = FeedInfo(format: .jsonLines, source: path)
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        var number = 0
        while true {
            let length = getline(&line, &capacity, file)
            if length < 0 { break }
            number += 1
            guard let line else { continue }
            let data = Data(bytesNoCopy: line, count: length, deallocator: .none)
            if let record = try parseLine(data, number: number, source: path) {
                try onRecord(record)
                info.recordCount += 1
            }
        }
        if ferror(file) != 0 { throw FeedError.unreadable(source: path, reason: "read error after line \(number)") }
        return info
    }

    static func parse(data: Data, source: String, _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        var info = FeedInfo(format: .jsonLines, source: source)
        var number = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            if let record = try parseLine(line, number: number, source: source) {
                try onRecord(record)
                info.recordCount += 1
            }
        }
        return info
    }

    /// nil for a blank line.
    static func parseLine(_ data: Data, number: Int, source: String) throws -> PaperRecord? {
        guard data.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return nil }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw FeedError.badJSONLine(source: source, line: number, reason: "not valid json")
        }
        guard let fields = object as? [String: Any] else {
            throw FeedError.badJSONLine(source: source, line: number, reason: "not a json object")
        }
        guard let record = JSONRecord.make(fields) else {
            throw FeedError.badJSONLine(source: source, line: number, reason: "no valid arXiv \"id\"")
        }
        return record
    }
}
