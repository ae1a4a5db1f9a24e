import Foundation

/// Cleans text fields the way every parser needs: whitespace folded, TeX accents decoded.
enum FieldText {
    /// Whitespace normalised, then TeX accents decoded (titles, abstracts, names).
    @inline(__always)
    static func clean(_ text: String) -> String { TeXDecoder.decode(fold(text)) }

    /// Whitespace folded to single spaces and trimmed; nil when nothing remains.
    static func optional(_ text: String?) -> String? {
        guard let text else { return nil }
        let folded = fold(text)
        return folded.isEmpty ? nil : folded
    }

    /// Byte-level whitespace folding; falls back to `normalizingWhitespace()` when the text may
    /// hold non-ASCII whitespace, which the byte loop does not know.
    static func fold(_ text: String) -> String {
        var needsWork = false
        var previousSpace = true
        for b in text.utf8 {
            if b == 0x20 {
                if previousSpace { needsWork = true; break }
                previousSpace = true
            } else if b == 0x0A || b == 0x0D || b == 0x09 || b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 {
                needsWork = true
                break
            } else {
                previousSpace = false
            }
        }
        if !needsWork && !previousSpace { return text }
        if !needsWork && text.isEmpty { return text }
        return foldBytes(text) ?? text.normalizingWhitespace()
    }

    private static func foldBytes(_ text: String) -> String? {
        let utf8 = text.utf8
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var pending = false
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            switch b {
            case 0x20, 0x0A, 0x0D, 0x09, 0x0B, 0x0C:
                pending = !out.isEmpty
            case 0xC2, 0xE1, 0xE2, 0xE3:
                // Lead bytes of U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028/9, U+202F, U+205F, U+3000.
                if isUnicodeSpace(utf8, at: i) { return nil }
                fallthrough
            default:
                if pending { out.append(0x20); pending = false }
                out.append(b)
            }
            i = utf8.index(after: i)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isUnicodeSpace(_ utf8: String.UTF8View, at i: String.UTF8View.Index) -> Bool {
        let b = utf8[i]
        guard let i1 = utf8.index(i, offsetBy: 1, limitedBy: utf8.endIndex), i1 != utf8.endIndex else { return false }
        let b1 = utf8[i1]
        if b == 0xC2 { return b1 == 0x85 || b1 == 0xA0 }
        guard let i2 = utf8.index(i1, offsetBy: 1, limitedBy: utf8.endIndex), i2 != utf8.endIndex else { return false }
        let b2 = utf8[i2]
        switch (b, b1) {
        case (0xE1, 0x9A): return b2 == 0x80
        case (0xE2, 0x80): return (0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF
        case (0xE2, 0x81): return b2 == 0x9F
        case (0xE3, 0x80): return b2 == 0x80
        default: return false
        }
    }
}
