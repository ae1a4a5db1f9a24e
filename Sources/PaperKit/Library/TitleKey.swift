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
}
