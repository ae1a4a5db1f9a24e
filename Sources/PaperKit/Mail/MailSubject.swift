/// The `mail.subject` template: text with `{name}` placeholders, filled from the digest.
///
/// A new count (e.g. watches) is one more entry in `placeholders` and `values(for:)`.
public enum MailSubject {
    /// The subject when `mail.subject` is absent: `arXiv digest 2026-12-07: 31 papers`.
    public static let defaultTemplate = "arXiv digest {range}: {papers} papers"

    /// Every placeholder and what it becomes, in the order the docs list them.
    public static let placeholders: [(name: String, meaning: String)] = [
        ("range", "the range's label: 2026-12-07, 2026-12-01 to 2026-12-07 or 2026-W49 (2026-11-30 to 2026-12-06)"),
        ("papers", "how many papers the digest lists"),
        ("total", "how many papers were announced in the range"),
        ("from", "the first day of the range, YYYY-MM-DD"),
        ("to", "the last day of the range, YYYY-MM-DD"),
    ]

    /// The placeholders' values for `digest`.
    static func values(for digest: Digest) -> [String: String] {
        ["range": digest.range.label, "papers": String(digest.entries.count),
         "total": String(digest.statistics.papersInRange),
         "from": digest.range.from.description, "to": digest.range.to.description]
    }

    /// The first problem with `template` (an unknown placeholder or an unclosed `{`), or nil.
    public static func problem(in template: String) -> String? {
        let known = Set(placeholders.map(\.name))
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                return "has a \"{\" without its \"}\"; placeholders are written like {range}"
            }
            let name = String(rest[rest.index(after: open)..<close])
            if !known.contains(name) {
                let list = placeholders.map { "{\($0.name)}" }.joined(separator: ", ")
                return "has the unknown placeholder {\(name)}; use \(list)"
            }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    /// `template` with every placeholder replaced; the template was checked at load.
    static func render(_ template: String, digest: Digest) -> String {
        var out = template
        for (name, value) in values(for: digest) { out = out.replacingOccurrences(of: "{\(name)}", with: value) }
        return out
    }
}
