import Foundation

/// Entry point of the feed parsers: detects the format from content and streams `PaperRecord`s.
///
/// Records go to the callback one at a time and are never collected, so memory stays flat for
/// any input size. On malformed input the parser throws after having yielded the records before
/// the fault; callers that need all-or-nothing roll back.
public enum FeedParser {
    /// Parses a file of any supported format.
    @discardableResult
    public static func parse(file path: String, _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        let format = try FeedFormat.detect(try head(of: path), source: path)
        switch format {
        case .rss, .atomDaily, .atomAPI, .oaiPMH:
            return try parseXML(XMLStreamReader(file: path), format: format, onRecord)
        case .jsonLines:
            return try JSONLinesReader.parse(file: path, onRecord)
        case .jsonFeedDay:
            return try JSONFeedDayParser.parse(data: try Data(contentsOf: URL(fileURLWithPath: path)), source: path, onRecord)
        }
    }

    /// Parses a document held in memory (an HTTP body); `source` names it in errors.
    @discardableResult
    public static func parse(data: Data, source: String, _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        let format = try FeedFormat.detect(data.prefix(FeedFormat.sniffLength), source: source)
        switch format {
        case .rss, .atomDaily, .atomAPI, .oaiPMH:
            return try parseXML(XMLStreamReader(data: data, source: source), format: format, onRecord)
        case .jsonLines:
            return try JSONLinesReader.parse(data: data, source: source, onRecord)
        case .jsonFeedDay:
            return try JSONFeedDayParser.parse(data: data, source: source, onRecord)
        }
    }

    /// Detects the format of a file without parsing it.
    public static func detectFormat(file path: String) throws -> FeedFormat {
        try FeedFormat.detect(try head(of: path), source: path)
    }

    private static func parseXML(_ reader: XMLStreamReader, format: FeedFormat,
                                 _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        switch format {
        case .rss: return try RSSParser(reader: reader).parse(onRecord)
        case .oaiPMH: return try OAIParser(reader: reader).parse(onRecord)
        default: return try AtomParser(reader: reader, format: format).parse(onRecord)
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
