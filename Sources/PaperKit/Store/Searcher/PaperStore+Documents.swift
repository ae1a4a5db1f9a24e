/// The text of papers as the recommender reads it, and no more: ranking a range scores every paper
/// of it, and a full `PaperResult` (hits, dates, the latest summary's subquery) for each would cost
/// more than the scoring. The full rows are read afterwards, for the few that are shown.
extension PaperStore {
    /// Calls `body` with the row id, arXiv ID and text of every paper `filter` admits, in no
    /// particular order (each is scored on its own), one row at a time.
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
