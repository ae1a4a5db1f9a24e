/// A byte-level fast path for the ID spellings feeds repeat on every record
/// (`2601.03043`, `oai:arXiv.org:2508.13167v1`, `http://arxiv.org/abs/2603.19229v1`).
///
/// `ArxivID.parse` handles every spelling but allocates several lowercased copies per call,
/// which was a tenth of the parse time; anything unusual still goes to it.
enum ArxivIDScanner {
    private static let prefixes: [[UInt8]] = ["oai:arXiv.org:", "http://arxiv.org/abs/", "https://arxiv.org/abs/", "arXiv:"]
        .map { Array($0.utf8) }

    static func parse(_ text: String) -> (id: ArxivID, version: Int?)? {
        var copy = text
        let fast: (String, Int?)?? = copy.withUTF8 { s in
            var start = 0
            for p in prefixes where s.count > p.count && s[0] == p[0] && s.starts(with: p) { start = p.count; break }
            return newStyle(s, from: start)
        }
        if let fast, let (canonical, version) = fast { return (ArxivID(canonical: canonical), version) }
        return ArxivID.parse(text)
    }

    /// `YYMM.NNNN(N)` with an optional `vN` and nothing else; nil when it is anything else.
    private static func newStyle(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int?)? {
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        var i = start
        while i < s.count, i - start < 4, isDigit(s[i]) { i += 1 }
        guard i - start == 4, i < s.count, s[i] == UInt8(ascii: ".") else { return nil }
        i += 1
        let numberStart = i
        while i < s.count, isDigit(s[i]) { i += 1 }
        guard (4...5).contains(i - numberStart) else { return nil }
        let idEnd = i
        var version: Int?
        if i < s.count {
            guard s[i] == UInt8(ascii: "v"), i + 1 < s.count else { return nil }
            var v = 0
            i += 1
            while i < s.count, isDigit(s[i]), v < 10_000 { v = v * 10 + Int(s[i] - 0x30); i += 1 }
            guard i == s.count, v > 0 else { return nil }
            version = v
        }
        return (String(decoding: UnsafeBufferPointer(rebasing: s[start..<idEnd]), as: UTF8.self), version)
    }
}
