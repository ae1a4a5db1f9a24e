import Foundation

/// Turns the TeX accents arXiv metadata carries (`Ren\'e`, `P\"oschl`, `{\"u}`, `\c{c}`, `\ss`)
/// into Unicode, so names and titles are searchable. Math between `$...$` is left as it is.
public enum TeXDecoder {
    /// Combining marks for the one-character accent commands (`\'e`, `\"o`, ...).
    private static let symbolAccents: [Unicode.Scalar: Unicode.Scalar] = [
        "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "\"": "\u{308}", "~": "\u{303}", "=": "\u{304}", ".": "\u{307}",
    ]
    /// Combining marks for the letter accent commands, which need an argument (`\c{c}`, `\v s`).
    private static let wordAccents: [String: Unicode.Scalar] = [
        "c": "\u{327}", "v": "\u{30C}", "u": "\u{306}", "H": "\u{30B}", "k": "\u{328}", "r": "\u{30A}",
        "d": "\u{323}", "b": "\u{331}",
    ]
    /// Letter-like control words (`\ss`, `\o`, `\aa`).
    private static let letters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "SS": "SS",
    ]
    /// Escaped punctuation outside math.
    private static let escapes: Set<Unicode.Scalar> = ["&", "%", "_", "#", "$", "{", "}"]

    /// Decodes TeX accents outside math; returns the input unchanged when it has no backslash.
    public static func decode(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "{") }) else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var inMath = false
        while i < s.count {
            let c = s[i]
            if c == "$" {
                inMath.toggle()
                out.append(c)
                i += 1
            } else if inMath {
                out.append(c)
                if c == "\\", i + 1 < s.count { out.append(s[i + 1]); i += 2 } else { i += 1 }
            } else if c == "{", let (decoded, next) = accent(s, i + 1), next < s.count, s[next] == "}" {
                // `{\"u}`: braces only protected the accented letter from TeX's kerning.
                out.append(contentsOf: decoded.unicodeScalars)
                i = next + 1
            } else if c == "{", i + 2 < s.count, s[i + 2] == "}", s[i + 1].properties.isAlphabetic {
                // `Ka{â}niche`, `{B}ayesian`: case-protecting braces around one letter.
                out.append(s[i + 1])
                i += 3
            } else if c == "\\", let (decoded, next) = accent(s, i) {
                out.append(contentsOf: decoded.unicodeScalars)
                i = next
            } else if c == "\\", i + 1 < s.count, escapes.contains(s[i + 1]) {
                out.append(s[i + 1])
                i += 2
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// Parses an accent or letter command starting at the backslash at `i`.
    /// Returns the Unicode text and the index after the command, or nil when it is something else.
    private static func accent(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
        guard i + 1 < s.count, s[i] == "\\" else { return nil }
        let c = s[i + 1]
        if let mark = symbolAccents[c] {
            guard let (base, next) = argument(s, i + 2) else { return nil }
            return (compose(base, mark), next)
        }
        var j = i + 1
        var word = ""
        while j < s.count, s[j].properties.isAlphabetic, s[j].isASCII { word.unicodeScalars.append(s[j]); j += 1 }
        guard !word.isEmpty else { return nil }
        if let mark = wordAccents[word] {
            // `\c c` and `\c{c}`; a bare letter must be separated by one space.
            if j < s.count, s[j] == "{", let (base, next) = argument(s, j) { return (compose(base, mark), next) }
            if j + 1 < s.count, s[j] == " ", let (base, next) = argument(s, j + 1) { return (compose(base, mark), next) }
            return nil
        }
        if let letter = letters[word] {
            // A control word swallows the space or empty group after it (`\o ster`, `\ss{}`).
            if j + 1 < s.count, s[j] == "{", s[j + 1] == "}" { j += 2 } else if j < s.count, s[j] == " " { j += 1 }
            return (letter, j)
        }
        return nil
    }

    /// The accented letter: `e`, `{e}`, `\i`, `{\i}`.
    private static func argument(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
        guard i < s.count else { return nil }
        if s[i] == "{" {
            if i + 2 < s.count, s[i + 2] == "}", s[i + 1].properties.isAlphabetic { return (String(s[i + 1]), i + 3) }
            if i + 3 < s.count, s[i + 1] == "\\", s[i + 2] == "i" || s[i + 2] == "j", s[i + 3] == "}" {
                return (String(s[i + 2]), i + 4)
            }
            if i + 1 < s.count, s[i + 1] == "}" { return ("", i + 2) }
            return nil
        }
        if s[i] == "\\", i + 1 < s.count, s[i + 1] == "i" || s[i + 1] == "j" {
            let after = i + 2
            if after < s.count, s[after].properties.isAlphabetic { return nil }
            return (String(s[i + 1]), after < s.count && s[after] == " " ? after + 1 : after)
        }
        if s[i].properties.isAlphabetic { return (String(s[i]), i + 1) }
        return nil
    }

    private static func compose(_ base: String, _ mark: Unicode.Scalar) -> String {
        guard !base.isEmpty else { return String(Character(mark)) }
        var scalars = String.UnicodeScalarView(base.unicodeScalars)
        scalars.append(mark)
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}
