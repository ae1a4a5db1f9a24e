/// A name as arXiv stores it (`Given Family`, `Given von Family Jr.`), split for the formats that
/// want family and given apart (RIS, CSL JSON) and for citation keys.
struct PersonName: Equatable {
    var given: String
    var family: String

    private static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]
    private static let particles: Set<String> = ["van", "von", "der", "den", "de", "del", "della", "di", "da", "le", "la", "du", "dos", "das", "ter", "ten"]

    /// `Alston Lo` is (Alston, Lo); `Ludwig van Beethoven` is (Ludwig, van Beethoven); a
    /// `Family, Given` spelling is taken as it is; a single word is a family name.
    init(_ name: String) {
        let name = name.normalizingWhitespace()
        if let comma = name.firstIndex(of: ",") {
            family = String(name[..<comma]).trimmingWhitespace()
            given = String(name[name.index(after: comma)...]).trimmingWhitespace()
            return
        }
        var words = name.split(separator: " ").map(String.init)
        var suffix: String?
        if words.count > 2, let last = words.last, Self.suffixes.contains(last.lowercased()) { suffix = words.removeLast() }
        guard words.count > 1 else { family = words.first ?? ""; given = ""; return }
        var start = words.count - 1
        while start > 1, Self.particles.contains(words[start - 1].lowercased()) { start -= 1 }
        family = words[start...].joined(separator: " ") + (suffix.map { " " + $0 } ?? "")
        given = words[..<start].joined(separator: " ")
    }
}
