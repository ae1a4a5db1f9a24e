/// Tells arXiv category codes (`cs.AI`, `hep-th`, `cond-mat.stat-mech`, `q-bio.NC`) from the other
/// terms sources put beside them (ACM classes `E.1; E.4; I.2.6`, MSC codes `53D10, 53D15`).
enum ArxivCategory {
    /// Keeps arXiv codes only, without duplicates, `primary` first when given.
    static func ordered(_ terms: [String], primary: String?) -> [String] {
        var out: [String] = []
        if let primary, Category.isWellFormed(primary) { out.append(primary) }
        for term in terms where Category.isWellFormed(term) && !out.contains(term) { out.append(term) }
        return out
    }
}
