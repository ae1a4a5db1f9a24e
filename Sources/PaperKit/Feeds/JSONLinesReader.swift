import Foundation

/// Reads JSON lines (Kaggle `arxiv-metadata-oai-snapshot`, daily-crawl JSONL) one line at a time,
/// so a multi-gigabyte dump is parsed in constant memory.
///
/// A line that is not a usable record is skipped or thrown with its number (see `ParseControl`);
/// a last line without its newline that does not parse is "truncated line", the usual end of an
/// interrupted download. A resumed read seeks straight to the resume point's byte offset.
enum JSONLinesReader {
    static func parse(file path: String, control: ParseControl = ParseControl(),
                      _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        guard let file = fopen(path, "rb") else {
            throw FeedError.unreadable(source: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        if let point = control.resumeAfter, let offset = point.byteOffset {
            guard fseeko(file, off_t(offset), SEEK_SET) == 0 else {
                throw FeedError.unreadable(source: path, reason: "cannot seek to byte \(offset) to resume")
            }
            control.position = point
        }
        var info = FeedInfo(format: .jsonLines, source: path)
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while true {
            let length = getline(&line, &capacity, file)
            if length < 0 { break }
            control.position.line += 1
            control.position.byteOffset = Int64(ftello(file))
            guard let line else { continue }
            let data = Data(bytesNoCopy: line, count: length, deallocator: .none)
            let complete = length > 0 && line[length - 1] == 0x0A
            try read(data, complete: complete, source: path, control: control, info: &info, onRecord)
        }
        if ferror(file) != 0 {
            throw FeedError.unreadable(source: path, reason: "read error after line \(control.position.line)")
        }
        return info
    }

    static func parse(data: Data, source: String, control: ParseControl = ParseControl(),
                      _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        var info = FeedInfo(format: .jsonLines, source: source)
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            control.position.line += 1
            let complete = index < lines.count - 1
            try read(line, complete: complete, source: source, control: control, info: &info, onRecord)
        }
        return info
    }

    /// One line: a record, a skip, or nothing (blank, or before the resume point).
    private static func read(_ data: Data, complete: Bool, source: String, control: ParseControl, info: inout FeedInfo,
                             _ onRecord: (PaperRecord) throws -> Void) throws {
        guard data.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return }
        let number = control.position.line
        guard control.beginRecord(line: number) else { return }
        let parsed: PaperRecord
        do throws(RecordProblem) {
            parsed = try record(data, complete: complete)
        } catch {
            return try control.skip(.badJSONLine(source: source, line: number, reason: error.reason))
        }
        try onRecord(parsed)
        info.recordCount += 1
    }

    /// The record of one non-blank line.
    static func record(_ data: Data, complete: Bool = true) throws(RecordProblem) -> PaperRecord {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw RecordProblem(reason: complete ? "not valid json" : "truncated line")
        }
        guard let fields = object as? [String: Any] else { throw RecordProblem(reason: "not a json object") }
        return try JSONRecord.make(fields)
    }
}
