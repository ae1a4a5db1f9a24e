/// Writes papers as BibTeX in the shape arXiv's own "Export BibTeX citation" gives:
/// `@misc{key, title={...}, author={Given Family and ...}, year={...}, eprint={ID},
/// archivePrefix={arXiv}, primaryClass={...}, url={https://arxiv.org/abs/ID}}`, plus `doi` and
/// `journal` when the paper has them. Text stays UTF-8; TeX's special characters are escaped.
struct BibTeXWriter {
    private var keys = CitationKeys()

    /// One entry and the blank line after it.
    mutating func entry(_ paper: PaperResult) -> String {
        var fields: [(String, String)] = [("title", Self.escape(Self.spaced(paper.title)))]
        if !paper.authors.isEmpty { fields.append(("author", paper.authors.map(Self.name).joined(separator: " and "))) }
        if let day = paper.published ?? paper.date { fields.append(("year", String(day.description.prefix(4)))) }
        fields.append(("eprint", paper.arxivID))
        fields.append(("archivePrefix", "arXiv"))
        if let primary = paper.primaryCategory { fields.append(("primaryClass", Self.escape(primary))) }
        if let doi = paper.doi, !doi.isEmpty { fields.append(("doi", Self.escape(doi))) }
        if let journal = paper.journalRef, !journal.isEmpty { fields.append(("journal", Self.escape(Self.spaced(journal)))) }
        fields.append(("url", paper.url))
        let body = fields.map { "      \($0.0)={\($0.1)}" }.joined(separator: ",\n")
        return "@misc{\(keys.key(for: paper)),\n\(body)\n}\n\n"
    }

    /// `& % $ # _ { }` with a backslash, `\ ~ ^` as text commands. BibTeX counts even escaped
    /// braces, so braces that do not pair up are written as `\textbraceleft{}`/`\textbraceright{}`.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { specials.contains($0) }) else { return text }
        let paired = bracesPair(text)
        var out = ""
        for ch in text {
            switch ch {
            case "{": out += paired ? "\\{" : "\\textbraceleft{}"
            case "}": out += paired ? "\\}" : "\\textbraceright{}"
            case "\\": out += "\\textbackslash{}"
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "&", "%", "$", "#", "_": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }

    /// `normalizingWhitespace()`, answered by a byte scan when the text is already one-spaced
    /// ASCII-blank text (nearly always): Character properties were a third of the export.
    static func spaced(_ text: String) -> String {
        var previous: UInt8 = 0x20
        for b in text.utf8 {
            // Any control byte, a doubled blank, or a lead byte of a non-ASCII space (U+0085,
            // U+00A0, U+1680, U+2000-U+205F, U+3000) needs the full pass.
            if b < 0x20 || (b == 0x20 && previous == 0x20) || b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 {
                return text.normalizingWhitespace()
            }
            previous = b
        }
        return previous == 0x20 ? text.normalizingWhitespace() : text
    }

    private static let specials: Set<UInt8> = Set("{}\\~^&%$#_".utf8)

    /// Every `}` closes an earlier `{`, and every `{` is closed.
    static func bracesPair(_ text: String) -> Bool {
        var depth = 0
        for ch in text {
            if ch == "{" { depth += 1 } else if ch == "}" { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    /// A name BibTeX would split wrongly (a comma, a word `and`) goes in braces.
    static func name(_ name: String) -> String {
        let escaped = escape(spaced(name))
        return escaped.utf8.contains(UInt8(ascii: ",")) || containsWordAnd(escaped) ? "{\(escaped)}" : escaped
    }

    /// `and` as a word, in any case (a byte scan: this runs for every author of every paper).
    static func containsWordAnd(_ text: String) -> Bool {
        let b = Array(text.utf8)
        var i = 0
        while i + 2 < b.count {
            if b[i] | 0x20 == UInt8(ascii: "a"), b[i + 1] | 0x20 == UInt8(ascii: "n"), b[i + 2] | 0x20 == UInt8(ascii: "d"),
               i == 0 || b[i - 1] == 0x20, i + 3 == b.count || b[i + 3] == 0x20 {
                return true
            }
            i += 1
        }
        return false
    }
}
