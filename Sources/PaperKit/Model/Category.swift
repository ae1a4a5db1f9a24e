/// arXiv category names: `cs.AI`, `hep-th`, `math.AG`, `quant-ph`, `physics.optics`, `astro-ph.CO`.
public enum Category {
    /// Whether `name` has the shape of an arXiv category: an archive (`cs`, `hep-th`, `q-bio`) of
    /// lowercase letters, optionally `.` and a subject class of letters (`AI`, `optics`, `stat-mech`);
    /// hyphens only between letters. The one check for configuration, options, URLs and parsers,
    /// which also use it to drop ACM (`I.2.6`) and MSC (`53D10`) terms from category lists.
    public static func isWellFormed(_ name: String) -> Bool {
        let parts = name.utf8.split(separator: UInt8(ascii: "."), maxSplits: 2, omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), isLetterRun(parts[0], lowercaseOnly: true) else { return false }
        return parts.count == 1 || isLetterRun(parts[1], lowercaseOnly: false)
    }

    /// ASCII letters in non-empty runs joined by single hyphens.
    private static func isLetterRun(_ bytes: Substring.UTF8View, lowercaseOnly: Bool) -> Bool {
        let hyphen = UInt8(ascii: "-")
        var previous = hyphen   // so a leading hyphen, or nothing at all, fails
        for byte in bytes {
            let letter = (0x61...0x7A).contains(byte) || (!lowercaseOnly && (0x41...0x5A).contains(byte))
            guard letter || (byte == hyphen && previous != hyphen) else { return false }
            previous = byte
        }
        return previous != hyphen
    }

    /// The archive a category belongs to, which is also its OAI-PMH set: `cs.AI` -> `cs`.
    public static func archive(of name: String) -> String {
        String(name.prefix { $0 != "." })
    }
}
