import Foundation

/// Why a feed could not be read or parsed. Messages name the source (file or URL) and, where
/// libxml2 or the line reader knows it, the line.
public enum FeedError: ArxivBotError, Equatable {
    /// The file is missing or cannot be opened.
    case unreadable(source: String, reason: String)
    /// The bytes are not well-formed XML (truncated, two documents appended, bad entity...).
    case malformed(source: String, line: Int, column: Int, message: String)
    /// The document declares a DOCTYPE; arXiv never sends one, so it is refused before any entity expands.
    case doctypeRefused(source: String, line: Int)
    /// The content is an HTML page (an error page or a wrong URL), not a feed.
    case htmlPage(source: String)
    /// The file is a compressed archive (a saved harvest or the Kaggle snapshot as downloaded).
    case compressed(source: String, kind: String, command: String)
    /// The content matches none of the supported formats.
    case unknownFormat(source: String, detail: String)
    /// The arXiv API answered with its error feed.
    case apiError(source: String, message: String)
    /// The OAI-PMH endpoint answered with an error other than `noRecordsMatch`.
    case oaiError(source: String, code: String, message: String)
    /// One line of a JSON lines file is not a usable record.
    case badJSONLine(source: String, line: Int, reason: String)
    /// A record lacks something every record needs (an arXiv ID).
    case badRecord(source: String, line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(source, reason):
            return "cannot read \(source): \(reason); check the path and its permissions"
        case let .malformed(source, line, column, message):
            return "\(source):\(line):\(column): malformed xml: \(message); the file is truncated or corrupt, fetch it again"
        case let .doctypeRefused(source, line):
            return "\(source):\(line): document declares a DOCTYPE, which arXiv feeds never do; refused for safety, check the source"
        case let .htmlPage(source):
            return "\(source) is an HTML page, not a feed; check the URL"
        case let .compressed(source, kind, command):
            return "\(source) is \(kind)-compressed; decompress it first (\(command)) and ingest the result"
        case let .unknownFormat(source, detail):
            return "\(source): unknown format (\(detail)); expected arXiv RSS, Atom, OAI-PMH or JSON lines"
        case let .apiError(source, message):
            return "\(source): arXiv API error: \(message); fix the query"
        case let .oaiError(source, code, message):
            return "\(source): OAI-PMH error \(code): \(message); check the request parameters"
        case let .badJSONLine(source, line, reason):
            return "\(source):\(line): bad json line: \(reason); fix or remove that line"
        case let .badRecord(source, line, reason):
            return "\(source):\(line): bad record: \(reason); check the source data"
        }
    }

    public var exitCode: ExitStatus {
        switch self {
        case .unreadable: return .noInput
        default: return .dataError
        }
    }
}
