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
    /// Lowercased with diacritics removed (`Pöschl` -> `poschl`), for forgiving name search.
    public var foldedForSearch: String {
        folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
