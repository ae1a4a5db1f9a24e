/// A BibTeX value as plain Unicode text: TeX accents and escapes decoded (through the feeds'
/// `TeXDecoder`), the text commands BibTeX writers use for special characters read back, and the
/// braces that only protect case removed (`{{ELUDE}}: {{Generating}}` is `ELUDE: Generating`).
enum BibTeXText {
    /// Stand-ins, in the Private Use Area, for characters that must survive the brace removal.
    private static let leftBrace = "\u{F8F0}", rightBrace = "\u{F8F1}", backslash = "\u{F8F2}"

    /// Text commands for characters TeX treats as special; the writer uses the same spellings.
    static let textCommands: [(command: String, text: String)] = [
        ("\\textbackslash", "\\"), ("\\textasciitilde", "~"), ("\\textasciicircum", "^"),
        ("\\textbraceleft", "{"), ("\\textbraceright", "}"), ("\\textunderscore", "_"),
    ]

    /// Decodes a title, journal or similar field.
    static func decode(_ raw: String) -> String { decode(raw, name: false) }

    /// Decodes a person's name (commands glued to letters are read, as `TeXDecoder.decodeName` does).
    static func decodeName(_ raw: String) -> String { decode(raw, name: true) }

    private static func decode(_ raw: String, name: Bool) -> String {
        var text = raw
        if text.contains("\\") {
            for (command, plain) in textCommands where text.contains(command) {
                let stand = plain == "\\" ? backslash : plain == "{" ? leftBrace : plain == "}" ? rightBrace : plain
                text = text.replacingOccurrences(of: command + "{}", with: stand)
                    .replacingOccurrences(of: command + " ", with: stand)
                    .replacingOccurrences(of: command, with: stand)
            }
            text = text.replacingOccurrences(of: "\\{", with: leftBrace).replacingOccurrences(of: "\\}", with: rightBrace)
            text = name ? TeXDecoder.decodeName(text) : TeXDecoder.decode(text)
        }
        if text.contains("{") || text.contains("}") {
            text.removeAll { $0 == "{" || $0 == "}" }
        }
        if text.contains("\u{F8F0}") || text.contains("\u{F8F1}") || text.contains("\u{F8F2}") {
            text = text.replacingOccurrences(of: leftBrace, with: "{").replacingOccurrences(of: rightBrace, with: "}")
                .replacingOccurrences(of: backslash, with: "\\")
        }
        return text.normalizingWhitespace()
    }

    /// The names of an `author` field: split on ` and ` outside braces (`{Barnes and Noble}` is one name).
    static func names(_ raw: String) -> [String] {
        var names: [String] = []
        var current = ""
        var depth = 0
        var index = raw.startIndex
        while index < raw.endIndex {
            let ch = raw[index]
            if ch == "{" { depth += 1 } else if ch == "}" { depth -= 1 }
            if depth == 0, ch.isWhitespace {
                let rest = raw[raw.index(after: index)...]
                if rest.lowercased().hasPrefix("and"), let after = rest.dropFirst(3).first, after.isWhitespace {
                    names.append(current)
                    current = ""
                    index = raw.index(index, offsetBy: 4)
                    continue
                }
            }
            current.append(ch)
            index = raw.index(after: index)
        }
        names.append(current)
        return names.map(decodeName).filter { !$0.isEmpty }
    }
}
