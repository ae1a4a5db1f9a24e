import Foundation

/// The kinds of library file `tag import` reads, told apart by their content, never by the
/// file's extension (a Zotero export named `.txt` is still BibTeX).
public enum LibraryFormat: String, Sendable, Equatable, CaseIterable {
    /// BibTeX and BibLaTeX: `@type{key, field = {...}}`.
    case bibtex
    /// RIS: `TY  - ` ... `ER  - `.
    case ris
    /// Zotero JSON (an array of items, `{"items": [...]}` from Better BibTeX, or the Web API's
    /// `[{"data": {...}}]`) and CSL JSON.
    case json
    /// One arXiv ID or URL per line, `#` comments allowed.
    case idList = "ids"

    /// The format of `text`, or nil when it looks like none of them.
    public static func detect(_ text: String) -> LibraryFormat? {
        var sawID = false
        var lines = 0
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let line = raw.drop(while: { $0 == "\u{FEFF}" || $0 == " " || $0 == "\t" })
            if line.isEmpty { continue }
            lines += 1
            if lines == 1, line.first == "[" || line.first == "{" { return .json }
            if line.hasPrefix("TY  -") { return .ris }
            if line.first == "@", line.dropFirst().first?.isLetter == true { return .bibtex }
            if line.first == "%" || line.first == "#" { continue }
            if !sawID, IDListReader.id(inLine: String(line)) != nil { sawID = true }
            if lines > 2_000 { break }
        }
        return sawID ? .idList : nil
    }
}
