/// The codec of the paper row's display columns (schema 006: `author_names`, `category_list`,
/// `hit_list`): the writer encodes them here from what it writes into the tables they summarise,
/// exactly as the migration's subqueries compute them from those tables (SQLite's BINARY order is
/// byte order, hence the UTF-8 comparisons), and `PaperResult` decodes them here. Nothing else
/// knows the separators. `DisplayColumnsTests` holds every write path to the subqueries.
enum DisplayColumns {
    /// Between names, and between the parts of a hit.
    private static let unitSeparator: UInt8 = 0x1F
    /// Between hits.
    private static let recordSeparator: UInt8 = 0x1E

    /// The authors whose rows are written: a name is what makes an author row.
    static func storedAuthors(of record: PaperRecord) -> [Author] {
        record.authors.filter { !$0.name.isEmpty }
    }

    /// The categories whose rows are written: the primary first (flagged), each once.
    static func storedCategories(of record: PaperRecord) -> [String] {
        var seen = Set<String>()
        return ([record.storedPrimaryCategory].compactMap { $0 } + record.categories).filter { seen.insert($0).inserted }
    }

    /// Names in author order, U+001F between them; nil for none (what `group_concat` yields).
    static func authorNames(_ authors: [Author]) -> String? {
        authors.isEmpty ? nil : authors.map(\.name).joined(separator: String(UnicodeScalar(unitSeparator)))
    }

    /// `stored` as `storedCategories` gives them: the primary, then the rest in byte order.
    static func categoryList(_ stored: [String]) -> String? {
        guard let primary = stored.first else { return nil }
        return ([primary] + stored.dropFirst().sorted(by: inByteOrder)).joined(separator: " ")
    }

    /// Hits with a count: title hits first (`field DESC`), then by keyword.
    static func hitList(_ hits: [KeywordHit]) -> String? {
        let stored = hits.filter { $0.count > 0 }.sorted { a, b in
            a.field != b.field ? inByteOrder(b.field.rawValue, a.field.rawValue) : inByteOrder(a.keyword, b.keyword)
        }
        if stored.isEmpty { return nil }
        let unit = String(UnicodeScalar(unitSeparator)), record = String(UnicodeScalar(recordSeparator))
        return stored.map { [$0.keyword, $0.field.rawValue, "\($0.count)"].joined(separator: unit) }.joined(separator: record)
    }

    /// The names `authorNames` wrote, in order.
    static func authors(from column: String?) -> [String] {
        fields(column, unitSeparator)
    }

    /// The categories `categoryList` wrote, primary first.
    static func categories(from column: String?) -> [String] {
        fields(column, UInt8(ascii: " "))
    }

    /// The hits `hitList` wrote (a part that does not read is left out).
    static func hits(from column: String?) -> [KeywordHit] {
        fields(column, recordSeparator).compactMap { item in
            let parts = fields(item, unitSeparator, keepingEmpty: true)
            guard parts.count == 3, let field = PaperField(rawValue: parts[1]), let count = Int(parts[2]) else { return nil }
            return KeywordHit(keyword: parts[0], field: field, count: count)
        }
    }

    /// `text` split at an ASCII `separator`, by bytes: splitting by Character walks grapheme
    /// clusters, which cost a few percent of a served search.
    private static func fields(_ text: String?, _ separator: UInt8, keepingEmpty: Bool = false) -> [String] {
        guard let text else { return [] }
        return text.utf8.split(separator: separator, omittingEmptySubsequences: !keepingEmpty)
            .map { String(Substring($0)) }
    }

    private static func inByteOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
