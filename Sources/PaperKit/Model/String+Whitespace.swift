import Foundation

extension String {
    /// Leading and trailing whitespace and newlines removed.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    /// Every run of whitespace (including the hard wraps arXiv puts in titles) folded to one space, ends trimmed.
    public func normalizingWhitespace() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for ch in self {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(ch)
            }
        }
        return out
    }
}

extension String {
    /// Control characters (NUL, ESC, ...) turned into spaces: user text that goes to SQLite, which
    /// reads a NUL as the end of an FTS5 string.
    public var controlCharactersAsSpaces: String {
        guard unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}

extension String {
    /// Lowercased with diacritics removed (`Pöschl` -> `poschl`, `Łukasz` -> `lukasz`), for
    /// forgiving name search. schema/005 refolds stored names the same way: keep them in step.
    public var foldedForSearch: String {
        let folded = folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        guard folded.unicodeScalars.contains(where: { !$0.isASCII }) else { return folded }
        var out = ""
        for character in folded { out += Self.undecomposableLetters[character] ?? String(character) }
        return out
    }

    /// Letters whose stroke or ligature is not a combining mark, so diacritic folding keeps them.
    private static let undecomposableLetters: [Character: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ħ": "h", "ŧ": "t",
    ]
}
