/// Prepares text for `KeywordMatcher`: lowercased UTF-8, and in word mode every run of whitespace folded to
/// one space so phrases match across line breaks. ASCII text (nearly all titles and abstracts) is folded by a
/// byte loop straight into the output buffer; anything else goes through Unicode lowercasing.
enum TextFolding {
    /// `first`, then `separator`, then `second`, folded into one buffer; `firstEnd` is where `first` ends.
    static func fold(_ first: String, _ second: String, separator: UInt8, mode: MatchMode) -> (bytes: [UInt8], firstEnd: Int) {
        var first = first, second = second
        let squeeze = mode == .word
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
        appendUnicode(first, squeeze: squeeze, to: &bytes)
        let end = bytes.count
        bytes.append(separator)
        appendUnicode(second, squeeze: squeeze, to: &bytes)
        return (bytes, end)
    }

    /// One text folded on its own.
    static func fold(_ text: String, mode: MatchMode) -> [UInt8] {
        var bytes = fold(text, "", separator: 0, mode: mode).bytes
        bytes.removeLast()
        return bytes
    }

    /// Lowercases ASCII bytes into `dst` (squeezing whitespace runs to one space if asked) and returns how many
    /// bytes were written, or nil at the first non-ASCII byte. Never writes more than `src.count` bytes.
    private static func foldASCII(_ src: UnsafeBufferPointer<UInt8>, into dst: UnsafeMutablePointer<UInt8>, squeeze: Bool) -> Int? {
        var w = 0
        var lastWasSpace = false
        for byte in src {
            if byte >= 0x80 { return nil }
            if squeeze && isASCIISpace(byte) {
                if !lastWasSpace { dst[w] = 0x20; w += 1 }
                lastWasSpace = true
            } else {
                dst[w] = byte &+ ((byte &- 0x41) < 26 ? 0x20 : 0)
                w += 1
                lastWasSpace = false
            }
        }
        return w
    }

    private static func appendUnicode(_ text: String, squeeze: Bool, to out: inout [UInt8]) {
        let lower = text.lowercased()
        guard squeeze else { out.append(contentsOf: lower.utf8); return }
        var lastWasSpace = false
        for scalar in lower.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            } else {
                out.append(contentsOf: UTF8.encode(scalar)!)
                lastWasSpace = false
            }
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
