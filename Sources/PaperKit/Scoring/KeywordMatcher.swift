/// Counts occurrences of keywords in text, fast enough to run on every record during ingest.
///
/// Both modes are case-insensitive (Unicode lowercasing, with an ASCII fast path).
///
/// - `substring`: exactly the old Python bot, `keyword.lower() in text.lower()`; "RL" matches "world".
/// - `word`: whole words and phrases. A match must not have a letter or digit (any script) right before or
///   after it, so "RL" does not match "world" and "Fast" does not match "breakfast"; hyphens and punctuation
///   are boundaries, so "LLM" matches "LLM-based". A phrase ("speculative decoding") matches across any run of
///   whitespace, newlines included. A plain English plural is tolerated: a keyword ending in a letter also
///   matches with a trailing "s" or "es" ("LLM" → "LLMs", "Network" → "networks", "Kernel" → "kernels");
///   other inflections ("Efficiency" → "efficiencies") are not.
///
/// Counts are of non-overlapping occurrences, left to right (like Python's `str.count`). Keywords that are
/// equal ignoring case are kept once, with the first spelling.
public struct KeywordMatcher: Sendable {
    /// The keywords as configured, duplicates (ignoring case) and empty ones removed.
    public let keywords: [String]
    public let mode: MatchMode

    /// Lowercased (and, in word mode, whitespace-folded) UTF-8 of every keyword, back to back.
    private let patternBytes: [UInt8]
    /// `patternStart[k] ..< patternStart[k + 1]` is keyword k in `patternBytes`.
    private let patternStart: [Int]
    /// Whether keyword k ends in a letter, so a plural "s"/"es" may follow (word mode).
    private let pluralizable: [Bool]
    /// Keywords grouped by first byte: `byFirstByte[bucketStart[b] ..< bucketStart[b + 1]]`.
    private let bucketStart: [Int32]
    private let byFirstByte: [Int32]

    public init(keywords: [String], mode: MatchMode) {
        self.mode = mode
        var kept: [String] = []
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        var plural: [Bool] = []
        var seen = Set<[UInt8]>()
        for keyword in keywords {
            var folded: [UInt8] = []
            TextFolding.append(keyword.trimmingWhitespace(), mode: mode, to: &folded)
            guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
            kept.append(keyword)
            bytes.append(contentsOf: folded)
            starts.append(bytes.count)
            plural.append(keyword.unicodeScalars.last.map { $0.properties.isAlphabetic } ?? false)
        }
        self.keywords = kept
        patternBytes = bytes
        patternStart = starts
        pluralizable = plural

        var counts = [Int32](repeating: 0, count: 257)
        for k in kept.indices { counts[Int(bytes[starts[k]]) + 1] += 1 }
        for b in 0..<256 { counts[b + 1] += counts[b] }
        var fill = counts
        var order = [Int32](repeating: 0, count: kept.count)
        for k in kept.indices {
            let b = Int(bytes[starts[k]])
            order[Int(fill[b])] = Int32(k)
            fill[b] += 1
        }
        bucketStart = counts
        byFirstByte = order
    }

    /// How often each keyword occurs in `text`, aligned with `keywords`.
    public func counts(in text: String) -> [Int] {
        var folded: [UInt8] = []
        TextFolding.append(text, mode: mode, to: &folded)
        var counts = [Int](repeating: 0, count: keywords.count)
        scan(folded) { k, _, _ in counts[k] += 1 }
        return counts
    }

    /// Whether any keyword occurs in `text`.
    public func matchesAny(_ text: String) -> Bool {
        counts(in: text).contains { $0 > 0 }
    }

    /// Calls `found(keyword, start, end)` for each non-overlapping occurrence (per keyword) in text already
    /// folded with `TextFolding.append(_:mode:to:)` in this matcher's mode.
    func scan(_ text: [UInt8], _ found: (Int, Int, Int) -> Void) {
        if keywords.isEmpty || text.isEmpty { return }
        var nextAllowed = [Int](repeating: 0, count: keywords.count)
        let wordMode = mode == .word
        text.withUnsafeBufferPointer { t in
            patternBytes.withUnsafeBufferPointer { p in
                patternStart.withUnsafeBufferPointer { ps in
                    bucketStart.withUnsafeBufferPointer { bs in
                        byFirstByte.withUnsafeBufferPointer { order in
                            let n = t.count
                            var previousIsWord = false
                            var i = 0
                            while i < n {
                                let c = t[i]
                                let lo = Int(bs[Int(c)]), hi = Int(bs[Int(c) + 1])
                                if lo < hi && !(wordMode && previousIsWord) {
                                    for slot in lo..<hi {
                                        let k = Int(order[slot])
                                        if i < nextAllowed[k] { continue }
                                        let pStart = ps[k], length = ps[k + 1] - pStart
                                        if i + length > n { continue }
                                        var j = 1
                                        while j < length && t[i + j] == p[pStart + j] { j += 1 }
                                        if j < length { continue }
                                        var end = i + length
                                        if wordMode {
                                            if TextFolding.isWordCharacter(at: end, in: t) {
                                                guard pluralizable[k] else { continue }
                                                if t[end] == UInt8(ascii: "s"), !TextFolding.isWordCharacter(at: end + 1, in: t) {
                                                    end += 1
                                                } else if t[end] == UInt8(ascii: "e"), end + 1 < n, t[end + 1] == UInt8(ascii: "s"),
                                                          !TextFolding.isWordCharacter(at: end + 2, in: t) {
                                                    end += 2
                                                } else { continue }
                                            }
                                        }
                                        nextAllowed[k] = end
                                        found(k, i, end)
                                    }
                                }
                                if wordMode {
                                    if c < 0x80 { previousIsWord = TextFolding.isASCIIWord(c) }
                                    else if c >= 0xC0 { previousIsWord = TextFolding.isWordCharacter(at: i, in: t) }
                                }
                                i += 1
                            }
                        }
                    }
                }
            }
        }
    }
}
