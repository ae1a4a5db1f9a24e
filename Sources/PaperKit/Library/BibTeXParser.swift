/// A BibTeX or BibLaTeX entry as written: its type, key, line and fields, values still in TeX
/// (braces and accents as in the file, `#` pieces joined, `@string` macros expanded).
struct BibTeXRawEntry: Sendable, Equatable {
    var type: String
    var key: String
    var line: Int
    /// Field names lowercased; the first of a repeated field wins.
    var fields: [String: String]
}

/// Reads the entries of a `.bib` file the way BibTeX does: text outside `@...` is a comment;
/// `@comment`, `@preamble` and `@string` are handled; an entry is delimited by `{}` or `()`;
/// values are `{...}` (nested), `"..."`, numbers or macro names, joined with `#`.
/// A broken entry is reported and reading resumes at the next `@` that starts a line.
struct BibTeXParser {
    private let s: [UInt8]
    private var i = 0
    private var line = 1
    private(set) var macros: [String: String] = BibTeXParser.months

    static let months: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]

    struct Failure: Error { var line: Int; var reason: String }

    init(_ text: String) { s = Array(text.utf8) }

    /// Every entry, in order, and the entries that could not be read.
    mutating func parse() -> (entries: [BibTeXRawEntry], failures: [Failure]) {
        var entries: [BibTeXRawEntry] = []
        var failures: [Failure] = []
        while skip(to: UInt8(ascii: "@")) {
            let start = (i, line)
            do {
                if let entry = try entry() { entries.append(entry) }
            } catch let failure as Failure {
                failures.append(failure)
                (i, line) = (start.0 + 1, start.1)
                resync()
            } catch {}
        }
        return (entries, failures)
    }

    /// Moves to the next `@` outside a `%` comment line (`% mail me @ home` is not an entry);
    /// false at the end.
    private mutating func skip(to byte: UInt8) -> Bool {
        var atLineStart = i == 0 || s[i - 1] == 0x0A
        while i < s.count, s[i] != byte {
            if atLineStart, s[i] == UInt8(ascii: "%") {
                while i < s.count, s[i] != 0x0A { advance() }
                continue
            }
            if s[i] == 0x0A { atLineStart = true } else if s[i] != 0x20, s[i] != 0x09 { atLineStart = false }
            advance()
        }
        return i < s.count
    }

    /// After a broken entry: on to the next `@` at the start of a line (after blanks).
    private mutating func resync() {
        var atLineStart = false
        while i < s.count {
            if s[i] == UInt8(ascii: "@"), atLineStart { return }
            if s[i] == 0x0A { atLineStart = true } else if s[i] != 0x20, s[i] != 0x09, s[i] != 0x0D { atLineStart = false }
            advance()
        }
    }

    private mutating func advance() {
        if s[i] == 0x0A { line += 1 }
        i += 1
    }

    private mutating func skipSpace() {
        while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A || s[i] == 0x0D { advance() }
    }

    private mutating func entry() throws -> BibTeXRawEntry? {
        let entryLine = line
        advance() // @
        skipSpace()
        let type = name().lowercased()
        guard !type.isEmpty else { return nil } // an `@` in comment text
        skipSpace()
        if type == "comment", i < s.count, s[i] != UInt8(ascii: "{"), s[i] != UInt8(ascii: "(") { return nil }
        guard i < s.count, s[i] == UInt8(ascii: "{") || s[i] == UInt8(ascii: "(") else {
            throw Failure(line: entryLine, reason: "@\(type) is not followed by { or (")
        }
        let close = s[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
        if type == "comment" || type == "preamble" {
            _ = try braced(entryLine: entryLine, close: close)
            return nil
        }
        advance()
        skipSpace()
        if type == "string" {
            let (key, value) = try field(entryLine: entryLine, close: close)
            macros[key] = value
            skipSpace()
            if i < s.count, s[i] == close { advance() }
            return nil
        }
        let keyStart = i
        while i < s.count, s[i] != UInt8(ascii: ","), s[i] != close, s[i] != 0x0A { advance() }
        let key = String(decoding: s[keyStart..<i], as: UTF8.self).trimmingWhitespace()
        var fields: [String: String] = [:]
        while true {
            skipSpace()
            while i < s.count, s[i] == UInt8(ascii: ",") { advance(); skipSpace() }
            guard i < s.count else { throw Failure(line: entryLine, reason: "@\(type){\(key) is not closed") }
            if s[i] == close { advance(); break }
            let (name, value) = try field(entryLine: entryLine, close: close)
            if fields[name] == nil { fields[name] = value }
        }
        return BibTeXRawEntry(type: type, key: key, line: entryLine, fields: fields)
    }

    /// `name = piece # piece`
    private mutating func field(entryLine: Int, close: UInt8) throws -> (String, String) {
        let fieldLine = line
        let name = self.name().lowercased()
        skipSpace()
        guard !name.isEmpty, i < s.count, s[i] == UInt8(ascii: "=") else {
            throw Failure(line: fieldLine, reason: "expected a field name and =, found \(found())")
        }
        advance()
        var value = ""
        while true {
            skipSpace()
            guard i < s.count else { throw Failure(line: entryLine, reason: "the entry is not closed") }
            switch s[i] {
            case UInt8(ascii: "{"): value += try braced(entryLine: fieldLine, close: UInt8(ascii: "}"))
            case UInt8(ascii: "\""): value += try quoted(fieldLine: fieldLine)
            default:
                let word = self.name()
                guard !word.isEmpty else { throw Failure(line: line, reason: "expected a value for \(name), found \(found())") }
                value += word.allSatisfy(\.isASCIIDigit) ? word : (macros[word.lowercased()] ?? word)
            }
            skipSpace()
            guard i < s.count, s[i] == UInt8(ascii: "#") else { return (name, value) }
            advance()
        }
    }

    /// A field or type name: anything up to a delimiter or a blank.
    private mutating func name() -> String {
        let start = i
        while i < s.count, !Self.delimiters.contains(s[i]) { advance() }
        return String(decoding: s[start..<i], as: UTF8.self)
    }

    private static let delimiters: Set<UInt8> = Set(" \t\r\n=,{}()\"#@%".utf8)

    private func found() -> String {
        i < s.count ? "'\(String(decoding: s[i..<min(i + 1, s.count)], as: UTF8.self))'" : "the end of the file"
    }

    /// The content of `{...}` (nested braces kept), the index moved past the closing brace.
    private mutating func braced(entryLine: Int, close: UInt8) throws -> String {
        advance()
        let start = i
        var depth = 0
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "\\"), i + 1 < s.count, s[i + 1] == UInt8(ascii: "{") || s[i + 1] == UInt8(ascii: "}") {
                advance(); advance(); continue
            }
            if c == UInt8(ascii: "{") { depth += 1 } else if c == close, depth == 0 {
                let text = String(decoding: s[start..<i], as: UTF8.self)
                advance()
                return text
            } else if c == UInt8(ascii: "}") { depth -= 1 }
            advance()
        }
        throw Failure(line: entryLine, reason: "a brace opened here is never closed")
    }

    /// The content of `"..."`: ends at a quote outside braces.
    private mutating func quoted(fieldLine: Int) throws -> String {
        advance()
        let start = i
        var depth = 0
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "\\"), i + 1 < s.count { advance(); advance(); continue }
            if c == UInt8(ascii: "{") { depth += 1 } else if c == UInt8(ascii: "}") { depth -= 1 }
            else if c == UInt8(ascii: "\""), depth == 0 {
                let text = String(decoding: s[start..<i], as: UTF8.self)
                advance()
                return text
            }
            advance()
        }
        throw Failure(line: fieldLine, reason: "a quote opened here is never closed")
    }
}
