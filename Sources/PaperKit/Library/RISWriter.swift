/// Writes papers as RIS records: `TY`, `TI`, one `AU` per author (`Family, Given`), `PY`, `DA`,
/// `DO`, `UR`, `AB`, `JO` for the journal reference, `AN` with `arXiv:ID`, `ER`. Lines end in LF
/// and every value is one line (RIS has no continuation a reader agrees on), as rispy reads them.
struct RISWriter {
    /// One record and the blank line after it.
    func record(_ paper: PaperResult) -> String {
        var lines: [(String, String)] = [("TY", paper.journalRef == nil ? "UNPB" : "JOUR"), ("TI", paper.title)]
        for author in paper.authors {
            let name = PersonName(author)
            lines.append(("AU", name.given.isEmpty ? name.family : "\(name.family), \(name.given)"))
        }
        if let day = paper.published ?? paper.date {
            lines.append(("PY", String(day.description.prefix(4))))
            lines.append(("DA", day.description.replacingOccurrences(of: "-", with: "/")))
        }
        if let doi = paper.doi, !doi.isEmpty { lines.append(("DO", doi)) }
        if let journal = paper.journalRef, !journal.isEmpty { lines.append(("JO", journal)) }
        lines.append(("UR", paper.url))
        lines.append(("AN", "arXiv:\(paper.arxivID)"))
        if let primary = paper.primaryCategory { lines.append(("KW", primary)) }
        if !paper.abstract.isEmpty { lines.append(("AB", paper.abstract)) }
        lines.append(("PB", "arXiv"))
        var out = ""
        for (tag, value) in lines { out += "\(tag)  - \(Self.oneLine(value))\n" }
        return out + "ER  - \n\n"
    }

    /// Line breaks (LF, VT, FF, CR, NEL, U+2028, U+2029) folded into single spaces. A byte scan:
    /// it runs over every abstract, and `Character.isNewline` was two thirds of the export.
    static func oneLine(_ value: String) -> String {
        var previous: UInt8 = 0, before: UInt8 = 0
        for b in value.utf8 {
            if (0x0A...0x0D).contains(b) || (previous == 0xC2 && b == 0x85)
                || (before == 0xE2 && previous == 0x80 && (b == 0xA8 || b == 0xA9)) {
                return value.normalizingWhitespace()
            }
            (before, previous) = (previous, b)
        }
        return value
    }
}
