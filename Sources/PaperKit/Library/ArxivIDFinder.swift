/// Finds an arXiv identifier inside a field's text, wherever reference managers put one:
/// `http://arxiv.org/abs/cond-mat/9701150v1`, `https://arxiv.org/pdf/2601.03043v2.pdf`,
/// `10.48550/arXiv.2206.07690`, `arXiv:1305.4904 [quant-ph]`, `arXiv preprint arXiv:2601.03043`,
/// Zotero's `arXiv: 1508.05387`. Versions are dropped.
public enum ArxivIDFinder {
    /// What comes right before an identifier, lowercased; the longest first.
    private static let markers = ["arxiv.org/abs/", "arxiv.org/pdf/", "arxiv.org/html/", "10.48550/arxiv.", "arxiv:", "arxiv "]

    /// The first identifier after a marker in `text`, or nil.
    public static func find(in text: String) -> ArxivID? {
        let lower = Array(text.lowercased().utf8)
        let bytes = Array(text.utf8)
        // Lowercasing keeps ASCII offsets only when the text is ASCII up to the match; fall back
        // to the lowercased bytes themselves, which hold the same ASCII identifier.
        let source = lower.count == bytes.count ? bytes : lower
        for marker in markers {
            let m = Array(marker.utf8)
            var start = 0
            while let at = firstIndex(of: m, in: lower, from: start) {
                var i = at + m.count
                while i < source.count, source[i] == UInt8(ascii: " ") { i += 1 }
                var j = i
                while j < source.count, isIDByte(source[j]) { j += 1 }
                var candidate = String(decoding: source[i..<j], as: UTF8.self)
                while candidate.hasSuffix(".") || candidate.hasSuffix("/") { candidate.removeLast() }
                if let id = ArxivID(candidate) { return id }
                start = at + 1
            }
        }
        return nil
    }

    /// An identifier that is the whole field (`1401.2910`, `hep-th/9901001v2`, `arXiv:1401.2910`),
    /// or one found inside it.
    public static func identifier(_ text: String) -> ArxivID? {
        ArxivID(text) ?? find(in: text)
    }

    private static func isIDByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: ".") || b == UInt8(ascii: "/") || b == UInt8(ascii: "-")
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard needle.count <= haystack.count, from <= haystack.count - needle.count else { return nil }
        var i = from
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
