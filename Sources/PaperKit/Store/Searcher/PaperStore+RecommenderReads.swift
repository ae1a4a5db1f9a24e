/// What the recommender reads from the store: a reproducible sample of papers to learn from, and
/// the text of the papers it scores.
extension PaperStore {
    /// About `count` row ids of papers, none in `excluded`, the same for the same seed and store.
    /// Row ids are dense (papers are never deleted), so ids drawn uniformly from 1...max(id) and
    /// kept when they exist are a uniform sample; a store not much larger than `count` gives all
    /// its papers.
    func sampleRowIDs(count: Int, seed: UInt64, excluding excluded: Set<Int64>) throws -> [Int64] {
        let maxID = try maxPaperRowID()
        guard count > 0, maxID > 0 else { return [] }
        if maxID <= Int64(count) * 3 / 2 {
            var all: [Int64] = []
            try statement("SELECT id FROM papers ORDER BY id").forEach { all.append(Int64($0.int(0))) }
            guard all.count > count else { return all.filter { !excluded.contains($0) } }
            var random = SeededRandom(seed: seed)
            all.shuffle(using: &random)
            return all.filter { !excluded.contains($0) }.prefix(count).sorted()
        }
        var random = SeededRandom(seed: seed)
        var drawn = Set<Int64>()
        var attempts = 0
        while drawn.count < count && attempts < count * 4 {
            attempts += 1
            let id = Int64(random.next() % UInt64(maxID)) + 1
            if !excluded.contains(id) { drawn.insert(id) }
        }
        // Ids of rows that do not exist are dropped when the rows are read.
        return drawn.sorted()
    }

    /// Calls `body` with the row id, arXiv ID and text of every paper `filter` admits, in no
    /// particular order (each is scored on its own), one row at a time. Only the text: ranking a
    /// range scores every paper of it, and a full `PaperResult` (hits, dates, the latest summary's
    /// subquery) for each would cost more than the scoring; full rows are read for the page shown.
    func forEachDocument(matching filter: PaperFilter, _ body: (Int64, String, RecommendDocument) throws -> Void) throws {
        let sql = SQLFragment("SELECT p.id, p.arxiv_id, p.title, p.abstract, p.author_names, p.category_list FROM papers p")
            + filter.conditions().whereClause
        try database.prepare(sql.text).forEach(sql.values) { row in
            let document = RecommendDocument(title: row.text(2), abstract: row.text(3),
                                             authors: DisplayColumns.authors(from: row.optionalText(4)),
                                             categories: DisplayColumns.categories(from: row.optionalText(5)))
            try body(Int64(row.int(0)), row.text(1), document)
        }
    }
}
