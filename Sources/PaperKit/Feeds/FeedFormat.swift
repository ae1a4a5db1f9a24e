import Foundation

/// The kinds of input `FeedParser` understands, told apart by content, never by file name.
public enum FeedFormat: String, Sendable, CaseIterable {
    /// rss.arxiv.org daily announcement feed, RSS 2.0.
    case rss
    /// rss.arxiv.org daily announcement feed, Atom flavour.
    case atomDaily = "atom-daily"
    /// export.arxiv.org/api/query response (legacy and 2025+ layouts).
    case atomAPI = "atom-api"
    /// export.arxiv.org/oai2 response (`arXiv`, `arXivRaw`, `oai_dc`).
    case oaiPMH = "oai-pmh"
    /// One JSON object per line: Kaggle snapshot or daily-crawl records.
    case jsonLines = "json-lines"
    /// One JSON object for one announcement day (`{"date", "status", "papers": [...]}`).
    case jsonFeedDay = "json-feed-day"

    /// How many leading bytes `detect` looks at.
    static let sniffLength = 16_384

    /// Detects the format from the first bytes of a document.
    static func detect(_ bytes: some Collection<UInt8>, source: String) throws -> FeedFormat {
        let head = Array(bytes.prefix(sniffLength))
        var i = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        func skipSpace() { while i < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[i]) { i += 1 } }
        skipSpace()
        guard i < head.count else { throw FeedError.unknownFormat(source: source, detail: "empty document") }
        let text = String(decoding: head[i...], as: UTF8.self)

        if head[i] == UInt8(ascii: "{") || head[i] == UInt8(ascii: "[") {
            // A JSON-lines record is one line, so a first line of only `{` is a pretty-printed day
            // file; a compact day file is one line too and is told by its `papers` key.
            let firstLine = text.prefix(while: { $0 != "\n" && $0 != "\r\n" }).trimmingCharacters(in: .whitespaces)
            if firstLine == "{" || firstLine == "[" || topLevelKeys(head[i...]).contains("papers") { return .jsonFeedDay }
            return .jsonLines
        }
        guard head[i] == UInt8(ascii: "<") else {
            if let archive = Archive.detect(head) { throw archive.error(source: source) }
            throw FeedError.unknownFormat(source: source, detail: "starts with neither '<' nor '{'")
        }
        var rest = Substring(text)
        // Skip the XML declaration, processing instructions and comments before the root.
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("<?"), let end = rest.range(of: "?>") {
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") {
                rest = rest[end.upperBound...]
            } else {
                break
            }
        }
        let lower = rest.prefix(64).lowercased()
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") { throw FeedError.htmlPage(source: source) }
        if lower.hasPrefix("<!doctype") {
            // arXiv never sends a DOCTYPE; refusing here keeps entity declarations away from libxml2.
            let line = 1 + text[..<rest.startIndex].filter { $0 == "\n" }.count
            throw FeedError.doctypeRefused(source: source, line: line)
        }
        let root = rest.dropFirst().prefix(while: { !$0.isWhitespace && $0 != ">" && $0 != "/" })
        switch root.split(separator: ":").last.map(String.init) ?? "" {
        case "rss": return .rss
        case "OAI-PMH": return .oaiPMH
        case "feed":
            // "opensearch" counts only in the header before the first entry, since an abstract may
            // mention anything (github.com/opensearch-project): the API declares its namespace there
            // (the legacy layout also its opensearch: elements). The daily feed's id and links are
            // rss.arxiv.org URLs, and its entries carry the arxiv:announce_type element.
            let header = text.range(of: "<entry").map { text[..<$0.lowerBound] } ?? Substring(text)
            if header.contains("opensearch") { return .atomAPI }
            if header.contains("rss.arxiv.org") || text.contains("announce_type>") { return .atomDaily }
            return .atomAPI
        default:
            throw FeedError.unknownFormat(source: source, detail: "root element <\(root.prefix(40))>")
        }
    }
}

extension FeedFormat {
    /// The keys of the first JSON object in `bytes` (as far as they reach), without parsing values.
    static func topLevelKeys(_ bytes: ArraySlice<UInt8>) -> [String] {
        var keys: [String] = []
        var depth = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return keys }
            case UInt8(ascii: "\""):
                let start = i + 1
                i += 1
                while i < bytes.endIndex, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                guard i < bytes.endIndex else { return keys }
                var after = i + 1
                while after < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[after]) { after += 1 }
                if depth == 1, after < bytes.endIndex, bytes[after] == UInt8(ascii: ":") {
                    keys.append(String(decoding: bytes[start..<i], as: UTF8.self))
                }
            default: break
            }
            i += 1
        }
        return keys
    }
}

/// Compressed files that people save feeds and snapshots in, told apart by their magic bytes.
private enum Archive: CaseIterable {
    case gzip, zip, bzip2, xz, zstd

    var magic: [UInt8] {
        switch self {
        case .gzip: return [0x1F, 0x8B]
        case .zip: return [0x50, 0x4B, 0x03, 0x04]
        case .bzip2: return [0x42, 0x5A, 0x68]
        case .xz: return [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]
        case .zstd: return [0x28, 0xB5, 0x2F, 0xFD]
        }
    }

    static func detect(_ head: [UInt8]) -> Archive? { allCases.first { head.starts(with: $0.magic) } }

    func error(source: String) -> FeedError {
        let path = source.contains("'") ? "FILE" : "'\(source)'"
        switch self {
        case .gzip: return .compressed(source: source, kind: "gzip", command: "gunzip -k \(path)")
        case .zip: return .compressed(source: source, kind: "zip", command: "unzip \(path)")
        case .bzip2: return .compressed(source: source, kind: "bzip2", command: "bunzip2 -k \(path)")
        case .xz: return .compressed(source: source, kind: "xz", command: "unxz -k \(path)")
        case .zstd: return .compressed(source: source, kind: "zstd", command: "unzstd \(path)")
        }
    }
}
