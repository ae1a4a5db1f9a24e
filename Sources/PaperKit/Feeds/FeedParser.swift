import Foundation

/// Entry point of the feed parsers: detects the format from content and streams `PaperRecord`s.
///
/// Records go to the callback one at a time and are never collected, so memory stays flat for
/// any input size. A document that stops being readable (malformed XML, a read error) throws after
/// the records before the fault; a single record that cannot be read throws too, unless `control`
/// has an `onSkip`, which then gets it while the parse goes on (see `ParseControl`).
public enum FeedParser {
    /// Parses a file of any supported format.
    @discardableResult
    public static func parse(file path: String, control: ParseControl = ParseControl(),
                             _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        var undated = 0
        var info = try parseAnyFormat(file: path, control: control) { record in
            if record.isUndated { undated += 1 }
            try onRecord(record)
        }
        info.undatedRecords = undated
        return info
    }

    private static func parseAnyFormat(file path: String, control: ParseControl,
                                       _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        let format = try FeedFormat.detect(try head(of: path), source: path)
        switch format {
        case .rss, .atomDaily, .atomAPI, .oaiPMH:
            return try parseXML(XMLStreamReader(file: path), format: format, control, onRecord)
        case .jsonLines:
            return try JSONLinesReader.parse(file: path, control: control, onRecord)
        case .jsonFeedDay:
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return try JSONFeedDayParser.parse(data: data, source: path, control: control, onRecord)
        }
    }

    /// Parses a document held in memory (an HTTP body); `source` names it in errors.
    @discardableResult
    public static func parse(data: Data, source: String, control: ParseControl = ParseControl(),
                             _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        var undated = 0
        var info = try parseAnyFormat(data: data, source: source, control: control) { record in
            if record.isUndated { undated += 1 }
            try onRecord(record)
        }
        info.undatedRecords = undated
        return info
    }

    private static func parseAnyFormat(data: Data, source: String, control: ParseControl,
                                       _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        let format = try FeedFormat.detect(data.prefix(FeedFormat.sniffLength), source: source)
        switch format {
        case .rss, .atomDaily, .atomAPI, .oaiPMH:
            return try parseXML(XMLStreamReader(data: data, source: source), format: format, control, onRecord)
        case .jsonLines:
            return try JSONLinesReader.parse(data: data, source: source, control: control, onRecord)
        case .jsonFeedDay:
            return try JSONFeedDayParser.parse(data: data, source: source, control: control, onRecord)
        }
    }

    /// Detects the format of a file without parsing it.
    public static func detectFormat(file path: String) throws -> FeedFormat {
        try FeedFormat.detect(try head(of: path), source: path)
    }

    private static func parseXML(_ reader: XMLStreamReader, format: FeedFormat, _ control: ParseControl,
                                 _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        switch format {
        case .rss: return try RSSParser(reader: reader, control: control).parse(onRecord)
        case .oaiPMH: return try OAIParser(reader: reader, control: control).parse(onRecord)
        default: return try AtomParser(reader: reader, format: format, control: control).parse(onRecord)
        }
    }

    private static func head(of path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw FeedError.unreadable(source: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var buffer = [UInt8](repeating: 0, count: FeedFormat.sniffLength)
        let n = fread(&buffer, 1, buffer.count, file)
        if n == 0 && ferror(file) != 0 {
            throw FeedError.unreadable(source: path, reason: "read error (is it a directory?)")
        }
        return Array(buffer.prefix(n))
    }
}

private extension PaperRecord {
    /// Neither an announcement day nor a v1 date: no date range can find the paper.
    var isUndated: Bool { announced == nil && published == nil }
}
