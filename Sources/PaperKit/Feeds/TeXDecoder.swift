import Foundation

/// Turns the TeX accents arXiv metadata carries (`Ren\'e`, `P\"oschl`, `{\"u}`, `\c{c}`, `\ss`)
/// into Unicode, so names and titles are searchable. Math between `$...$` is left as it is.
///
/// Works on UTF-8 bytes (all TeX syntax is ASCII) and returns the input untouched when it holds
/// no backslash and no brace, which is most fields.
public enum TeXDecoder {
    /// Combining marks for the one-character accent commands (`\'e`, `\"o`, ...).
    private static let symbolAccents: [UInt8: Unicode.Scalar] = [
        UInt8(ascii: "'"): "\u{301}", UInt8(ascii: "`"): "\u{300}", UInt8(ascii: "^"): "\u{302}",
        UInt8(ascii: "\""): "\u{308}", UInt8(ascii: "~"): "\u{303}", UInt8(ascii: "="): "\u{304}",
        UInt8(ascii: "."): "\u{307}",
    ]
    /// Combining marks for the letter accent commands, which need an argument (`\c{c}`, `\v s`).
    private static let wordAccents: [String: Unicode.Scalar] = [
        "c": "\u{327}", "v": "\u{30C}", "u": "\u{306}", "H": "\u{30B}", "k": "\u{328}", "r": "\u{30A}",
        "d": "\u{323}", "b": "\u{331}",
    ]
    /// Letter-like control words (`\ss`, `\o`, `\aa`).
    private static let letters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ",
    ]
    /// Commands that follow names as footnote marks or ellipses and start like a known command
    /// (`\dag` is not `\d` on `a`); a glued name is never read out of them.
    private static let nameMarks: Set<String> = ["dag", "ddag", "dagger", "ddagger", "dots", "ldots", "inst", "it", "bf", "rm", "and"]
    /// Escaped punctuation outside math: `\&` -> `&`.
    private static let escapes: Set<UInt8> = Set("&%_#${}".utf8)

    private static let backslash = UInt8(ascii: "\\"), open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
    private static let dollar = UInt8(ascii: "$"), space = UInt8(ascii: " ")

    /// Decodes TeX accents outside math; returns the input unchanged when there is nothing to do.
    public static func decode(_ text: String) -> String { decode(text, glued: false) }

    /// Decodes a person's name: like `decode`, and also reads a command glued to the letters after
    /// it (`D\kebowski` = `D\k{e}bowski`, `\Oyvind` = `\O yvind`), which metadata typed by hand
    /// carries. Only names: in titles and abstracts such a run is far more often a macro (`\Ours`).
    public static func decodeName(_ text: String) -> String { decode(text, glued: true) }

    private static func decode(_ text: String, glued: Bool) -> String {
        var copy = text
        return copy.withUTF8 { s -> String? in
            guard s.contains(where: { $0 == backslash || $0 == open }) else { return nil }
            return decode(bytes: s, glued: glued)
        } ?? text
    }

    private static func decode(bytes s: UnsafeBufferPointer<UInt8>, glued: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        var inMath = false
        while i < s.count {
            let c = s[i]
            if c == dollar {
                inMath.toggle()
                out.append(c)
                i += 1
            } else if inMath {
                out.append(c)
                if c == backslash, i + 1 < s.count { out.append(s[i + 1]); i += 2 } else { i += 1 }
            } else if c == backslash, i + 1 < s.count, s[i + 1] == backslash {
                // `\\` is a line break: a space between words, nothing at either end.
                i += 2
                while i < s.count, s[i] == space { i += 1 }
                if i < s.count, let last = out.last, last != space { out.append(space) }
            } else if c == open, let (decoded, next) = accent(s, i + 1, glued: glued), next < s.count, s[next] == close {
                // `{\"u}`: the braces only protected the accented letter.
                out.append(contentsOf: decoded.utf8)
                i = next + 1
            } else if c == open, let length = letterLength(s, i + 1), i + 1 + length < s.count, s[i + 1 + length] == close {
                // `Ka{â}niche`, `{B}ayesian`: case-protecting braces around one letter.
                out.append(contentsOf: s[(i + 1)..<(i + 1 + length)])
                i += length + 2
            } else if c == backslash, let (decoded, next) = accent(s, i, glued: glued) {
                out.append(contentsOf: decoded.utf8)
                i = next
            } else if c == backslash, i + 1 < s.count, escapes.contains(s[i + 1]) {
                out.append(s[i + 1])
                i += 2
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Byte length of the letter (ASCII or a non-ASCII alphabetic scalar) at `i`, or nil.
    private static func letterLength(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard i < s.count else { return nil }
        let b = s[i]
        if b < 0x80 { return isASCIILetter(b) ? 1 : nil }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
        guard length > 0, i + length <= s.count else { return nil }
        let scalar = String(decoding: s[i..<(i + length)], as: UTF8.self).unicodeScalars.first
        return scalar?.properties.isAlphabetic == true ? length : nil
    }

    /// Parses an accent or letter command starting at the backslash at `i`.
    /// Returns the Unicode text and the index after the command, or nil when it is something else.
    private static func accent(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, glued: Bool) -> (String, Int)? {
        guard i + 1 < s.count, s[i] == backslash else { return nil }
        if let mark = symbolAccents[s[i + 1]] {
            guard let (base, next) = argument(s, i + 2) else { return nil }
            return (compose(base, mark), next)
        }
        var j = i + 1
        while j < s.count, isASCIILetter(s[j]) { j += 1 }
        guard j > i + 1 else { return nil }
        let word = String(decoding: s[(i + 1)..<j], as: UTF8.self)
        if let mark = wordAccents[word] {
            // `\c{c}` and `\c c`; a bare letter must be separated by one space.
            if j < s.count, s[j] == open, let (base, next) = argument(s, j) { return (compose(base, mark), next) }
            if j + 1 < s.count, s[j] == space, let (base, next) = argument(s, j + 1) { return (compose(base, mark), next) }
            return nil
        }
        if let letter = letters[word] {
            // A control word swallows the space or empty group after it (`\o rsted`, `\ss{}`).
            if j + 1 < s.count, s[j] == open, s[j + 1] == close { j += 2 } else if j < s.count, s[j] == space { j += 1 }
            return (letter, j)
        }
        return glued ? gluedCommand(s, from: i + 1, to: j) : nil
    }

    /// The longest known command that prefixes the letter run `s[from..<to]`, which is not a
    /// command itself: `kebowski` -> `\k` on `e`, then `bowski`; `ccois` -> `\c` on `c`.
    private static func gluedCommand(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> (String, Int)? {
        guard !nameMarks.contains(String(decoding: s[from..<to], as: UTF8.self)) else { return nil }
        for end in stride(from: to - 1, to: from, by: -1) {
            let command = String(decoding: s[from..<end], as: UTF8.self)
            if let mark = wordAccents[command] { return (compose(s[end], mark), end + 1) }
            if let letter = letters[command] { return (letter, end) }
        }
        return nil
    }

    /// The accented letter: `e`, `{e}`, `\i`, `{\i}`, `{}`.
    private static func argument(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt8?, Int)? {
        guard i < s.count else { return nil }
        let dotless: (UInt8) -> Bool = { $0 == UInt8(ascii: "i") || $0 == UInt8(ascii: "j") }
        if s[i] == open {
            if i + 2 < s.count, s[i + 2] == close, isASCIILetter(s[i + 1]) { return (s[i + 1], i + 3) }
            if i + 3 < s.count, s[i + 1] == backslash, dotless(s[i + 2]), s[i + 3] == close { return (s[i + 2], i + 4) }
            if i + 1 < s.count, s[i + 1] == close { return (nil, i + 2) }
            return nil
        }
        if s[i] == backslash, i + 1 < s.count, dotless(s[i + 1]) {
            let after = i + 2
            if after < s.count, isASCIILetter(s[after]) { return nil }
            return (s[i + 1], after < s.count && s[after] == space ? after + 1 : after)
        }
        if isASCIILetter(s[i]) { return (s[i], i + 1) }
        return nil
    }

    private static func compose(_ base: UInt8?, _ mark: Unicode.Scalar) -> String {
        guard let base else { return String(Character(mark)) }
        var scalars = String.UnicodeScalarView()
        scalars.append(Unicode.Scalar(base))
        scalars.append(mark)
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}
