/// Writes papers as BibTeX in the shape arXiv's own "Export BibTeX citation" gives:
/// `@misc{key, title={...}, author={Given Family and ...}, year={...}, eprint={ID},
/// archivePrefix={arXiv}, primaryClass={...}, url={https://arxiv.org/abs/ID}}`, plus `doi` and
/// `journal` when the paper has them. Text stays UTF-8; TeX's special characters are escaped.
struct BibTeXWriter {
    private var keys = CitationKeys()

    /// One entry and the blank line after it.
    mutating func entry(_ paper: PaperResult) -> String {
        var fields: [(String, String)] = [("title", Self.escape(paper.title.normalizingWhitespace()))]
        if !paper.authors.isEmpty { fields.append(("author", paper.authors.map(Self.name).joined(separator: " and "))) }
        if let day = paper.published ?? paper.date { fields.append(("year", String(day.description.prefix(4)))) }
        fields.append(("eprint", paper.arxivID))
        fields.append(("archivePrefix", "arXiv"))
        if let primary = paper.primaryCategory { fields.append(("primaryClass", Self.escape(primary))) }
        if let doi = paper.doi, !doi.isEmpty { fields.append(("doi", Self.escape(doi))) }
        if let journal = paper.journalRef, !journal.isEmpty { fields.append(("journal", Self.escape(journal.normalizingWhitespace()))) }
        fields.append(("url", paper.url))
        let body = fields.map { "      \($0.0)={\($0.1)}" }.joined(separator: ",\n")
        return "@misc{\(keys.key(for: paper)),\n\(body)\n}\n\n"
    }

    /// `& % $ # _ { }` with a backslash, `\ ~ ^` as text commands. BibTeX counts even escaped
    /// braces, so braces that do not pair up are written as `\textbraceleft{}`/`\textbraceright{}`.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { "{}\\~^&%$#_".contains($0) }) else { return text }
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
        let escaped = escape(name.normalizingWhitespace())
        let words = escaped.lowercased().split(separator: " ")
        return escaped.contains(",") || words.contains("and") ? "{\(escaped)}" : escaped
    }
}
