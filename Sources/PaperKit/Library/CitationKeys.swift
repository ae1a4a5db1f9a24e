/// Citation keys in the shape arXiv's "Export BibTeX citation" uses: the first author's family
/// name, lowercased and folded to ASCII, the year, and the first significant word of the title
/// (`lo2026clari`). A key already given in the same file gets `a`, `b`, `c`, ... in the order the
/// papers are written, which the export fixes (date, score, ID), so the keys are stable across runs.
struct CitationKeys {
    private var used: Set<String> = []

    /// Words a key skips when they start the title.
    static let stopWords: Set<String> = ["a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "from", "by",
                                         "at", "is", "are", "do", "does", "how", "what", "why", "when", "towards", "toward", "via"]

    /// A key not yet given in this file.
    mutating func key(for paper: PaperResult) -> String {
        let base = Self.base(for: paper)
        var key = base
        var n = 0
        while used.contains(key) {
            key = base + Self.suffix(n)
            n += 1
        }
        used.insert(key)
        return key
    }

    /// `a` ... `z`, then `aa`, `ab`, ...
    static func suffix(_ n: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return n < 26 ? String(letters[n]) : suffix(n / 26 - 1) + String(letters[n % 26])
    }

    static func base(for paper: PaperResult) -> String {
        let family = paper.authors.first.map { PersonName($0).family } ?? ""
        var author = ascii(family.split(separator: " ").last.map(String.init) ?? family)
        if author.isEmpty { author = "anon" }
        let year = (paper.published ?? paper.date).map { String($0.description.prefix(4)) } ?? ""
        // Character properties and folding are the costly part: read words only until the
        // first significant one.
        var first: String?
        var piece = ""
        for ch in paper.title + " " {
            if ch.isLetter || ch.isNumber { piece.append(ch); continue }
            guard !piece.isEmpty else { continue }
            let word = ascii(piece)
            piece = ""
            if word.isEmpty { continue }
            if first == nil { first = word }
            if !stopWords.contains(word) { return author + year + word }
        }
        return author + year + (first ?? "")
    }

    /// Lowercased, diacritics folded, only `a-z0-9` kept.
    static func ascii(_ text: String) -> String {
        String(text.foldedForSearch.unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }.map(Character.init))
    }
}
