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
    /// A bit per hashed 3-byte prefix of every keyword: most text positions are rejected by one load.
    private let prefixFilter: [UInt64]
    private static let filterBits = 15  // 4 KB: stays in L1 cache

    public init(keywords: [String], mode: MatchMode) {
        self.init(groups: [keywords], mode: mode)
    }

    /// Several keyword lists in one matcher (one scan serves them all); duplicates are removed within a group
    /// only. `groupStarts[g]` is the index of group g's first kept keyword.
    init(groups: [[String]], mode: MatchMode) {
        self.mode = mode
        var kept: [String] = []
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        var plural: [Bool] = []
        var firsts: [Int] = []
        for group in groups {
            firsts.append(kept.count)
            var seen = Set<[UInt8]>()
            for keyword in group {
                let folded = TextFolding.fold(keyword.trimmingWhitespace(), mode: mode, squeeze: mode == .word)
                guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
                kept.append(keyword)
                bytes.append(contentsOf: folded)
                starts.append(bytes.count)
                plural.append(keyword.unicodeScalars.last.map { $0.properties.isAlphabetic } ?? false)
            }
        }
        keywords = kept
        groupStarts = firsts
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

        var filter = [UInt64](repeating: 0, count: (1 << Self.filterBits) / 64)
        for k in kept.indices {
            var pattern = bytes[starts[k]..<starts[k + 1]]
            // In word mode a space in a phrase matches any whitespace run: filter only on the bytes before it.
            if mode == .word, let space = pattern.firstIndex(of: 0x20) { pattern = pattern[..<space] }
            let p0 = UInt32(pattern[pattern.startIndex])
            // Short keywords may be followed by anything (the scan reads 0 past the end of the text).
            let second: [UInt32] = pattern.count > 1 ? [UInt32(pattern[pattern.startIndex + 1])] : (0..<256).map { $0 }
            let third: [UInt32] = pattern.count > 2 ? [UInt32(pattern[pattern.startIndex + 2])] : (0..<256).map { $0 }
            for p1 in second {
                for p2 in third {
                    let h = Self.hash(p0 << 16 | p1 << 8 | p2)
                    filter[h >> 6] |= 1 << UInt64(h & 63)
                }
            }
        }
        prefixFilter = filter
    }

    /// Index of each group's first keyword (see `init(groups:mode:)`).
    let groupStarts: [Int]

    @inline(__always) private static func hash(_ key: UInt32) -> Int {
        Int((key &* 2_654_435_761) >> UInt32(32 - filterBits))
    }

    /// How often each keyword occurs in `text`, aligned with `keywords`.
    public func counts(in text: String) -> [Int] {
        let folded = TextFolding.fold(text, mode: mode)
        var counts = [Int](repeating: 0, count: keywords.count)
        scan(folded) { k, _, _ in counts[k] += 1 }
        return counts
    }

    /// Calls `found(keyword, start, end)` for each non-overlapping occurrence (per keyword) in text already
    /// folded with `TextFolding.fold` in this matcher's mode.
    func scan(_ text: [UInt8], _ found: (Int, Int, Int) -> Void) {
        if keywords.isEmpty || text.isEmpty { return }
        var nextAllowed = [Int](repeating: 0, count: keywords.count)
        let wordMode = mode == .word
        text.withUnsafeBufferPointer { t in
            prefixFilter.withUnsafeBufferPointer { filter in
                let n = t.count
                var previousIsWord = false
                var i = 0
                while i < n {
                    let c = t[i]
                    if !previousIsWord {
                        let key = UInt32(c) << 16 | UInt32(i + 1 < n ? t[i + 1] : 0) << 8 | UInt32(i + 2 < n ? t[i + 2] : 0)
                        let h = Self.hash(key)
                        if filter[h >> 6] & (1 << UInt64(h & 63)) != 0 {
                            candidates(at: i, in: t, wordMode: wordMode, nextAllowed: &nextAllowed, found)
                        }
                    }
                    i += 1
                    guard wordMode else { continue }
                    if c < 0x80 {
                        previousIsWord = TextFolding.isASCIIWord(c)
                        // Inside a word nothing can start: skip to its end.
                        if previousIsWord { while i < n, TextFolding.isASCIIWord(t[i]) { i += 1 } }
                    } else if c >= 0xC0 {
                        previousIsWord = TextFolding.isWordCharacter(at: i - 1, in: t)
                    }
                }
            }
        }
    }

    /// Tries every keyword whose first byte is `t[i]`.
    private func candidates(at i: Int, in t: UnsafeBufferPointer<UInt8>, wordMode: Bool, nextAllowed: inout [Int],
                            _ found: (Int, Int, Int) -> Void) {
        let c = Int(t[i])
        for slot in Int(bucketStart[c])..<Int(bucketStart[c + 1]) {
            let k = Int(byFirstByte[slot])
            if i < nextAllowed[k] { continue }
            if let end = match(k, at: i, in: t, wordMode: wordMode) {
                nextAllowed[k] = end
                found(k, i, end)
            }
        }
    }

    /// The end of keyword k's match at `i` (past any plural suffix), or nil.
    private func match(_ k: Int, at i: Int, in t: UnsafeBufferPointer<UInt8>, wordMode: Bool) -> Int? {
        let pStart = patternStart[k], pEnd = patternStart[k + 1]
        let n = t.count
        if i + (pEnd - pStart) > n { return nil }
        let matchedEnd: Int? = patternBytes.withUnsafeBufferPointer { p in
            var ti = i + 1, pj = pStart + 1
            while pj < pEnd {
                let pc = p[pj]
                if wordMode && pc == 0x20 {
                    // A space in a phrase matches any run of whitespace, line breaks included.
                    guard ti < n, TextFolding.isASCIISpace(t[ti]) else { return nil }
                    while ti < n && TextFolding.isASCIISpace(t[ti]) { ti += 1 }
                } else {
                    guard ti < n, t[ti] == pc else { return nil }
                    ti += 1
                }
                pj += 1
            }
            return ti
        }
        guard let end = matchedEnd else { return nil }
        guard wordMode, TextFolding.isWordCharacter(at: end, in: t) else { return end }
        guard pluralizable[k] else { return nil }
        if t[end] == UInt8(ascii: "s"), !TextFolding.isWordCharacter(at: end + 1, in: t) { return end + 1 }
        if t[end] == UInt8(ascii: "e"), end + 1 < n, t[end + 1] == UInt8(ascii: "s"),
           !TextFolding.isWordCharacter(at: end + 2, in: t) { return end + 2 }
        return nil
    }
}
