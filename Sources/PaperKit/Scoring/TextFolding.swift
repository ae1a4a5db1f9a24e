/// Prepares text for `KeywordMatcher`: lowercased UTF-8, and in word mode every run of whitespace folded to
/// one space so phrases match across line breaks. ASCII text (most titles and abstracts) takes a byte loop;
/// anything else goes through Unicode lowercasing.
enum TextFolding {
    /// Appends the folded bytes of `text` to `out`.
    static func append(_ text: String, mode: MatchMode, to out: inout [UInt8]) {
        let start = out.count
        let fold = mode == .word
        var lastWasSpace = false
        for byte in text.utf8 {
            if byte >= 0x80 {
                out.removeSubrange(start...)
                appendUnicode(text, fold: fold, to: &out)
                return
            }
            if fold && isASCIISpace(byte) {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            } else {
                out.append(byte &+ ((byte &- 0x41) < 26 ? 0x20 : 0))
                lastWasSpace = false
            }
        }
    }

    private static func appendUnicode(_ text: String, fold: Bool, to out: inout [UInt8]) {
        let lower = text.lowercased()
        guard fold else { out.append(contentsOf: lower.utf8); return }
        var lastWasSpace = false
        for scalar in lower.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            } else {
                out.append(contentsOf: String(scalar).utf8)
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
