/// Tells arXiv category codes (`cs.AI`, `hep-th`, `cond-mat.stat-mech`, `q-bio.NC`) from the other
/// terms sources put beside them (ACM classes `E.1; E.4; I.2.6`, MSC codes `53D10, 53D15`).
enum ArxivCategory {
    /// True for `archive` or `archive.Subject` made of ASCII letters and hyphens, archive lowercase.
    static func isCode(_ term: String) -> Bool {
        let parts = term.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let archive = parts.first, !archive.isEmpty,
              archive.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D }) else { return false }
        guard parts.count == 2 else { return true }
        let subject = parts[1]
        return !subject.isEmpty && subject.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2D }
    }

    /// Keeps arXiv codes only, without duplicates, `primary` first when given.
    static func ordered(_ terms: [String], primary: String?) -> [String] {
        var out: [String] = []
        if let primary, isCode(primary) { out.append(primary) }
        for term in terms where isCode(term) && !out.contains(term) { out.append(term) }
        return out
    }
}
