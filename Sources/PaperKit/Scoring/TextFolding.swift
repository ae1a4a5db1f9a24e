/// Prepares text for `KeywordMatcher`: lowercased UTF-8. ASCII text (nearly all titles and abstracts) is
/// lowercased by a byte loop straight into the output buffer; anything else goes through Unicode lowercasing,
/// and in word mode its non-ASCII whitespace (NBSP, thin space, ...) becomes a plain space. Runs of ASCII
/// whitespace are left alone in text (the matcher lets a space in a phrase match any run); keywords are
/// folded with `squeeze` so a phrase holds single spaces.
enum TextFolding {
    /// `first`, then `separator`, then `second`, folded into one buffer; `firstEnd` is where `first` ends.
    static func fold(_ first: String, _ second: String, separator: UInt8, mode: MatchMode,
                     squeeze: Bool = false) -> (bytes: [UInt8], firstEnd: Int) {
        var first = first, second = second
        let unicodeSpaces = mode == .word
        var firstEnd = 0
        var ascii = true
        let capacity = first.utf8.count + second.utf8.count + 1
        let fast = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            let base = buffer.baseAddress!
            count = 0
            first.withUTF8 { src in
                if let written = foldASCII(src, into: base, squeeze: squeeze) { firstEnd = written } else { ascii = false }
            }
            guard ascii else { return }
            base[firstEnd] = separator
            second.withUTF8 { src in
                if let written = foldASCII(src, into: base + firstEnd + 1, squeeze: squeeze) {
                    count = firstEnd + 1 + written
                } else { ascii = false }
            }
        }
        if ascii { return (fast, firstEnd) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacity + 16)
        appendUnicode(first, squeeze: squeeze, spaces: unicodeSpaces, to: &bytes)
        let end = bytes.count
        bytes.append(separator)
        appendUnicode(second, squeeze: squeeze, spaces: unicodeSpaces, to: &bytes)
        return (bytes, end)
    }

    /// One text folded on its own.
    static func fold(_ text: String, mode: MatchMode, squeeze: Bool = false) -> [UInt8] {
        var bytes = fold(text, "", separator: 0, mode: mode, squeeze: squeeze).bytes
        bytes.removeLast()
        return bytes
    }

    /// Lowercases ASCII bytes into `dst` (squeezing whitespace runs to one space if asked) and returns how many
    /// bytes were written, or nil if any byte is not ASCII. Never writes more than `src.count` bytes.
    /// Branch-free loops: word boundaries are unpredictable, and a mispredicted branch per word cost 2x here.
    private static func foldASCII(_ src: UnsafeBufferPointer<UInt8>, into dst: UnsafeMutablePointer<UInt8>, squeeze: Bool) -> Int? {
        guard let s = src.baseAddress else { return 0 }
        let n = src.count
        var any: UInt8 = 0
        for i in 0..<n { any |= s[i] }
        if any >= 0x80 { return nil }
        if !squeeze {
            for i in 0..<n {
                let b = s[i]
                dst[i] = b | ((b &- 0x41) < 26 ? 0x20 : 0)
            }
            return n
        }
        var w = 0
        var last: Int = 0
        for i in 0..<n {
            let b = s[i]
            let space = (b == 0x20 ? 1 : 0) | ((b &- 0x09) < 5 ? 1 : 0)
            let lower = b | ((b &- 0x41) < 26 ? 0x20 : 0)
            dst[w] = space == 1 ? 0x20 : lower
            w &+= 1 &- (space & last)
            last = space
        }
        return w
    }

    private static func appendUnicode(_ text: String, squeeze: Bool, spaces: Bool, to out: inout [UInt8]) {
        var lower = text.lowercased()
        guard squeeze || spaces else { out.append(contentsOf: lower.utf8); return }
        lower.withUTF8 { u in
            var lastWasSpace = false
            var i = 0
            while i < u.count {
                let b = u[i]
                let spaceLength = b < 0x80 ? (isASCIISpace(b) ? 1 : 0) : (spaces ? unicodeSpaceLength(u, i) : 0)
                if spaceLength > 0 {
                    if !(squeeze && lastWasSpace) { out.append(squeeze || b >= 0x80 ? 0x20 : b) }
                    lastWasSpace = true
                    i += spaceLength
                } else {
                    out.append(b)
                    lastWasSpace = false
                    i += 1
                }
            }
        }
    }

    /// Byte length of the non-ASCII Unicode White_Space character at `i` (NBSP, thin space, ideographic
    /// space, ...), or 0. Decoding every scalar and asking for its properties was 100x slower.
    private static func unicodeSpaceLength(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b0 = u[i]
        let b1 = i + 1 < u.count ? u[i + 1] : 0
        let b2 = i + 2 < u.count ? u[i + 2] : 0
        switch b0 {
        case 0xC2: return b1 == 0x85 || b1 == 0xA0 ? 2 : 0                                   // U+0085, U+00A0
        case 0xE1: return b1 == 0x9A && b2 == 0x80 ? 3 : 0                                   // U+1680
        case 0xE2:
            if b1 == 0x80 && ((0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return 3 }
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0                                          // U+2000-200A, 2028, 2029, 202F, 205F
        case 0xE3: return b1 == 0x80 && b2 == 0x80 ? 3 : 0                                   // U+3000
        default: return 0
        }
    }

    @inline(__always) static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b &- 0x09) < 5 }
    /// ASCII letter or digit.
    @inline(__always) static func isASCIIWord(_ b: UInt8) -> Bool { (b &- 0x30) < 10 || ((b | 0x20) &- 0x61) < 26 }

    /// Whether the character starting at byte `i` is a letter, digit or combining mark; false past the end
    /// and for a continuation byte (callers only ask at character starts).
    static func isWordCharacter(at i: Int, in t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i < t.count else { return false }
        let b0 = t[i]
        if b0 < 0x80 { return isASCIIWord(b0) }
        var value: UInt32
        var length: Int
        switch b0 {
        case 0xC0..<0xE0: value = UInt32(b0 & 0x1F); length = 2
        case 0xE0..<0xF0: value = UInt32(b0 & 0x0F); length = 3
        case 0xF0..<0xF8: value = UInt32(b0 & 0x07); length = 4
        default: return false
        }
        guard i + length <= t.count else { return false }
        for j in 1..<length { value = value << 6 | UInt32(t[i + j] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
