/// A versionless arXiv identifier: new style (`2601.03043`, `0704.0001`) or old style with its
/// archive (`hep-th/9901001`, `cs/9808001`; `cs/9808001` and `cmp-lg/9808001` are different papers).
public struct ArxivID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The canonical text: `2601.03043` or `hep-th/9901001`.
    public let rawValue: String

    init(canonical: String) { rawValue = canonical }

    public var description: String { rawValue }

    public static func < (lhs: ArxivID, rhs: ArxivID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Parses an identifier in any spelling arXiv sources use and returns it with its version, if given.
    ///
    /// Accepts `2601.03043`, `2601.03043v2`, `arXiv:2601.03043`, `oai:arXiv.org:2508.13167v1`,
    /// `http://arxiv.org/abs/hep-th/9901001v1`, `https://arxiv.org/pdf/2601.03043v2.pdf` and the
    /// same with old-style IDs. Returns nil for anything else (for example the API's error IDs).
    public static func parse(_ text: String) -> (id: ArxivID, version: Int?)? {
        var s = Substring(text.trimmingWhitespace())
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s = s.dropFirst(prefix.count) }
        for host in ["export.arxiv.org/", "www.arxiv.org/", "arxiv.org/"] where s.lowercased().hasPrefix(host) {
            s = s.dropFirst(host.count)
            for section in ["abs/", "pdf/", "html/"] where s.hasPrefix(section) { s = s.dropFirst(section.count) }
            // A copied address often carries `?context=cs` or a `#` anchor.
            if let end = s.firstIndex(where: { $0 == "?" || $0 == "#" }) { s = s[..<end] }
        }
        if s.lowercased().hasPrefix("oai:arxiv.org:") { s = s.dropFirst("oai:arXiv.org:".count) }
        if s.lowercased().hasPrefix("arxiv:") { s = s.dropFirst("arXiv:".count) }
        if s.hasSuffix(".pdf") { s = s.dropLast(4) }
        if s.hasSuffix("/") { s = s.dropLast() }

        var version: Int?
        if let v = s.lastIndex(of: "v"), v > s.startIndex {
            let digits = s[s.index(after: v)...]
            if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let n = Int(digits), n > 0 {
                version = n
                s = s[..<v]
            }
        }
        guard let canonical = canonicalForm(s) else { return nil }
        return (ArxivID(canonical: canonical), version)
    }

    /// Parses an identifier, ignoring any version.
    public init?(_ text: String) {
        guard let parsed = ArxivID.parse(text) else { return nil }
        self = parsed.id
    }

    private static func canonicalForm(_ s: Substring) -> String? {
        if let slash = s.firstIndex(of: "/") {
            // Old style: archive[.subject]/YYMMNNN. The subject class (math.AG/0101001) is not part of the ID.
            var archive = s[..<slash].lowercased()
            if let dot = archive.firstIndex(of: ".") { archive = String(archive[..<dot]) }
            let number = s[s.index(after: slash)...]
            guard !archive.isEmpty, archive.allSatisfy({ $0.isASCIILowercaseLetter || $0 == "-" }),
                  number.count == 7, number.allSatisfy(\.isASCIIDigit) else { return nil }
            return "\(archive)/\(number)"
        }
        // New style: YYMM.NNNN (2007-2014) or YYMM.NNNNN (2015 on).
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit),
              (4...5).contains(parts[1].count), parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
        return String(s)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILowercaseLetter: Bool { isASCII && isLowercase }
}
