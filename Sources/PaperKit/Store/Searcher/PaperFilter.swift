/// Which papers a query, report or export covers. Every value is bound as an SQL parameter.
public struct PaperFilter: Sendable, Equatable {
    /// Inclusive bounds on the paper's date: its first announcement, else its v1 day.
    public var since: Day?
    public var until: Day?
    /// A paper matches when any of its categories is listed.
    public var categories: [String] = []
    /// A paper matches when one of its authors' names contains any of these (case and
    /// diacritics ignored; empty strings are ignored).
    public var authors: [String] = []
    /// One author substring: `authors` with a single entry.
    public var author: String? {
        get { authors.first }
        set { authors = newValue.map { [$0] } ?? [] }
    }
    public var minScore: Double?
    /// A paper matches when it has an announcement of any listed type.
    public var types: [AnnounceType] = []
    public var includeExcluded = false
    /// A paper matches when it carries any of these tags (`tag add`), by versionless arXiv ID.
    public var tags: [String] = []

    public init() {}

    /// The papers dated in `range` (first announcement, else v1 day), excluded ones left out.
    public init(dated range: DigestRange) {
        since = range.from
        until = range.to
    }

    /// True when the filter narrows by anything other than leaving excluded papers out. Derived
    /// from `conditions()`, so a filter added there can never be skipped by a plan that relies on this.
    var narrowsBeyondExclusion: Bool {
        var others = self
        others.includeExcluded = true
        return !others.conditions().isEmpty
    }

    /// SQL conditions on `papers p`, each with its parameters.
    func conditions() -> [SQLFragment] {
        var sql: [SQLFragment] = []
        if let since { sql.append(SQLFragment("\(PaperStore.paperDate) >= ?", [.text(since.description)])) }
        if let until { sql.append(SQLFragment("\(PaperStore.paperDate) <= ?", [.text(until.description)])) }
        if !categories.isEmpty {
            let list = SQLFragment.list(categories.map(SQLValue.text))
            sql.append("EXISTS (SELECT 1 FROM paper_categories c WHERE c.paper_id = p.id AND c.category IN (" + list + "))")
        }
        let patterns = authors.filter { !$0.isEmpty }.map { author -> SQLFragment in
            SQLFragment("a.folded LIKE ? ESCAPE '\\'", [.text("%" + PaperFilter.escapeLike(author.controlCharactersAsSpaces.foldedForSearch) + "%")])
        }
        if !patterns.isEmpty {
            sql.append("EXISTS (SELECT 1 FROM paper_authors pa JOIN authors a ON a.id = pa.author_id WHERE pa.paper_id = p.id AND ("
                       + patterns.joined(separator: " OR ") + "))")
        }
        if let minScore { sql.append(SQLFragment("p.score >= ?", [.double(minScore)])) }
        if !types.isEmpty {
            let list = SQLFragment.list(types.map { .text($0.rawValue) })
            sql.append("EXISTS (SELECT 1 FROM announcements an WHERE an.paper_id = p.id AND an.type IN (" + list + "))")
        }
        if !tags.isEmpty {
            let list = SQLFragment.list(tags.map(SQLValue.text))
            sql.append("EXISTS (SELECT 1 FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.arxiv_id = p.arxiv_id AND t.name IN ("
                       + list + "))")
        }
        if !includeExcluded { sql.append("p.excluded = 0") }
        return sql
    }

    static func escapeLike(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch == "%" || ch == "_" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
