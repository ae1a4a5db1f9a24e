/// The form two titles are compared in when an entry has no arXiv ID: lowercased, diacritics
/// folded, every run of characters other than letters and digits one space
/// (`{{ELUDE}}: Generating...` from BibTeX matches arXiv's `ELUDE: Generating...`).
public enum TitleKey {
    public static func normalize(_ title: String) -> String {
        var out = ""
        var pendingSpace = false
        for ch in title.foldedForSearch {
            if ch.isLetter || ch.isNumber {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// The first word of `title` as `normalize` would give it, when that can be had without
    /// folding: the leading run of ASCII letters and digits, lowercased, ended by ASCII
    /// punctuation or a blank. Nil when a non-ASCII character is involved (folding decides).
    static func asciiFirstWord(_ title: String) -> [UInt8]? {
        var word: [UInt8] = []
        for b in title.utf8 {
            if b >= 0x80 { return nil }
            let lower = b | 0x20
            if (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                word.append(b >= 0x41 && b <= 0x5A ? lower : b)
            } else if !word.isEmpty {
                return word
            }
        }
        return word.isEmpty ? nil : word
    }
}
