/// arXiv category names: `cs.AI`, `hep-th`, `math.AG`, `quant-ph`, `physics.optics`, `astro-ph.CO`.
public enum Category {
    /// Whether `name` has the shape of an arXiv category: an archive of lowercase letters and
    /// hyphens, optionally `.` and a subject class of letters (and hyphens, as in `cond-mat.stat-mech`).
    public static func isWellFormed(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let archive = parts.first, let first = archive.first, first.isLetter,
              archive.allSatisfy({ ($0.isASCII && $0.isLowercase) || $0 == "-" }) else { return false }
        guard parts.count == 2 else { return true }
        let subject = parts[1]
        return !subject.isEmpty && subject.first!.isLetter
            && subject.allSatisfy { ($0.isASCII && $0.isLetter) || $0 == "-" }
    }

    /// The archive a category belongs to, which is also its OAI-PMH set: `cs.AI` -> `cs`.
    public static func archive(of name: String) -> String {
        String(name.prefix { $0 != "." })
    }
}
