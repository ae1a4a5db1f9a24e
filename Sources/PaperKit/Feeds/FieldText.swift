import Foundation

/// Cleans text fields the way every parser needs: whitespace folded, TeX accents decoded.
///
/// Works on UTF-8 bytes: this runs on every title and abstract, and Character iteration was the
/// largest cost of a parse.
enum FieldText {
    /// Whitespace normalised, then TeX accents decoded (titles, abstracts, names).
    @inline(__always)
    static func clean(_ text: String) -> String { TeXDecoder.decode(fold(text)) }

    /// `clean` for a person's name, which also reads TeX commands glued to the name (`\Oyvind`).
    static func cleanName(_ text: String) -> String { TeXDecoder.decodeName(fold(text)) }

    /// Whitespace folded to single spaces and trimmed; nil when nothing remains.
    static func optional(_ text: String?) -> String? {
        guard let text else { return nil }
        let folded = fold(text)
        return folded.isEmpty ? nil : folded
    }

    private enum Outcome { case unchanged, folded(String), unicodeSpace }

    /// Whitespace folded to single spaces and trimmed, and the other ASCII control characters
    /// (ESC, BEL, NUL: JSON sources can carry them) dropped, so no stored field holds one.
    /// Non-ASCII whitespace (no-break, thin spaces) is left to `normalizingWhitespace()`.
    static func fold(_ text: String) -> String {
        var copy = text
        switch copy.withUTF8(foldBytes) {
        case .unchanged: return text
        case let .folded(s): return s
        case .unicodeSpace: return text.normalizingWhitespace()
        }
    }

    @inline(__always)
    private static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    @inline(__always)
    private static func isControl(_ b: UInt8) -> Bool { (b < 0x20 && !isASCIISpace(b)) || b == 0x7F }

    private static func foldBytes(_ s: UnsafeBufferPointer<UInt8>) -> Outcome {
        let n = s.count
        var clean = true
        var previousSpace = true
        for i in 0..<n {
            let b = s[i]
            if b > 0x20 && b < 0xC2 && b != 0x7F { previousSpace = false; continue }  // the common byte
            if b == 0x20 {
                if previousSpace { clean = false; break }
                previousSpace = true
            } else if isASCIISpace(b) || isControl(b) || (b >= 0xC2 && isUnicodeSpace(s, i)) {
                clean = false
                break
            } else {
                previousSpace = false
            }
        }
        if clean && (!previousSpace || n == 0) { return .unchanged }
        var unicodeSpace = false
        let out = String(unsafeUninitializedCapacity: n) { out in
            var w = 0
            var pending = false
            for i in 0..<n {
                let b = s[i]
                if b > 0x20 && b < 0xC2 && b != 0x7F {
                    if pending { out[w] = 0x20; w += 1; pending = false }
                    out[w] = b
                    w += 1
                    continue
                }
                if isASCIISpace(b) {
                    pending = w > 0
                    continue
                }
                if isControl(b) { continue }
                if b >= 0xC2 && isUnicodeSpace(s, i) { unicodeSpace = true; return 0 }
                if pending { out[w] = 0x20; w += 1; pending = false }
                out[w] = b
                w += 1
            }
            return w
        }
        return unicodeSpace ? .unicodeSpace : .folded(out)
    }

    /// U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028/9, U+202F, U+205F, U+3000.
    @inline(__always)
    private static func isUnicodeSpace(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = s[i]
        guard i + 1 < s.count else { return false }
        let b1 = s[i + 1]
        if b == 0xC2 { return b1 == 0x85 || b1 == 0xA0 }
        guard b >= 0xE1, b <= 0xE3, i + 2 < s.count else { return false }
        let b2 = s[i + 2]
        switch (b, b1) {
        case (0xE1, 0x9A): return b2 == 0x80
        case (0xE2, 0x80): return (0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF
        case (0xE2, 0x81): return b2 == 0x9F
        case (0xE3, 0x80): return b2 == 0x80
        default: return false
        }
    }
}
