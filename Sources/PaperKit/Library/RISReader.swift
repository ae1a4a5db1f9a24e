/// Reads RIS (`TY  - JOUR` ... `ER  - `), as Zotero, Mendeley, EndNote and publishers write it.
/// A line without a tag continues the previous field; text between records is ignored.
public enum RISReader {
    /// The fields the arXiv ID is looked for in, in order: links, DOI, journal and secondary
    /// titles, notes and the miscellaneous fields exporters use for report numbers.
    static let idFields = ["UR", "L1", "L2", "L3", "LK", "DO", "AN", "ID", "JO", "JF", "JA", "T2", "T3", "N1", "M1", "M3", "SN", "VL", "IS", "PB", "CN"]

    /// The records of `text`. Throws when the text holds `TY` lines but not one record is complete.
    public static func read(_ text: String, file: String) throws -> LibraryContents {
        var contents = LibraryContents(format: .ris)
        var fields: [(tag: String, value: String)] = []
        var start: Int?
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            let trimmed = line.drop(while: { $0 == "\u{FEFF}" })
            if let (tag, value) = tagged(trimmed) {
                if tag == "TY" {
                    if let s = start { contents.skipped.append(LibrarySkip(line: s, reason: "record has no ER line")) }
                    start = lineNumber
                    fields = [(tag, value)]
                } else if tag == "ER" {
                    if let s = start { finish(fields, line: s, into: &contents) }
                    start = nil
                    fields = []
                } else if start != nil {
                    fields.append((tag, value))
                }
            } else if start != nil, !fields.isEmpty, !trimmed.allSatisfy(\.isWhitespace) {
                fields[fields.count - 1].value += " " + String(trimmed).trimmingWhitespace()
            }
        }
        if let s = start { contents.skipped.append(LibrarySkip(line: s, reason: "record has no ER line")) }
        if contents.entries.isEmpty, let first = contents.skipped.first {
            throw LibraryError.malformed(file: file, line: first.line, format: .ris, reason: first.reason)
        }
        return contents
    }

    /// `AU  - Lo, Alston`: two capitals or a capital and a digit, two spaces, a dash.
    static func tagged(_ line: Substring) -> (String, String)? {
        let chars = Array(line.prefix(6))
        guard chars.count >= 5, chars[0].isASCII, chars[0].isUppercase, chars[1].isASCII,
              chars[1].isUppercase || chars[1].isNumber, chars[2] == " ", chars[3] == " ", chars[4] == "-",
              chars.count == 5 || chars[5] == " " else { return nil }
        return (String(chars[0...1]), String(line.dropFirst(min(6, line.count))).trimmingWhitespace())
    }

    private static func finish(_ fields: [(tag: String, value: String)], line: Int, into contents: inout LibraryContents) {
        func first(_ tags: String...) -> String? {
            for tag in tags { if let v = fields.first(where: { $0.tag == tag && !$0.value.isEmpty }) { return v.value } }
            return nil
        }
        let title = first("TI", "T1", "CT", "BT")
        var id: ArxivID?
        for tag in idFields where id == nil {
            for field in fields where field.tag == tag {
                if let found = ArxivIDFinder.find(in: field.value) ?? (tag == "AN" || tag == "ID" ? ArxivID(field.value) : nil) {
                    id = found
                    break
                }
            }
        }
        guard title != nil || id != nil else {
            contents.skipped.append(LibrarySkip(line: line, reason: "record has neither a title nor an arXiv ID"))
            return
        }
        let authors = fields.filter { ["AU", "A1"].contains($0.tag) }.map(\.value).filter { !$0.isEmpty }
        contents.entries.append(LibraryEntry(title: title?.normalizingWhitespace(), authors: authors,
                                             year: leadingYear(first("PY", "Y1", "DA")), doi: first("DO"),
                                             url: first("UR", "L2"), arxivID: id, line: line))
    }
}
