/// The display columns of the paper row (schema 006: `author_names`, `category_list`, `hit_list`),
/// computed from what the store writes into the tables they summarise, exactly as the migration's
/// subqueries compute them from those tables: SQLite's BINARY order is byte order, hence the
/// UTF-8 comparisons. `DisplayColumnsTests` holds every write path to the subqueries.
enum DisplayColumns {
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
        authors.isEmpty ? nil : authors.map(\.name).joined(separator: "\u{1F}")
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
        return stored.map { "\($0.keyword)\u{1F}\($0.field.rawValue)\u{1F}\($0.count)" }.joined(separator: "\u{1E}")
    }

    private static func inByteOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
