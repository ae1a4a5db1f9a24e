/// Reading papers' full rows, by rowid or arXiv ID, and streaming the rows of a filter.
extension PaperStore {
    /// Papers by ID (any spelling), in the order given; unknown IDs are left out.
    public func papers(arxivIDs: [String]) throws -> [PaperResult] {
        var rowIDs: [Int64] = []
        let lookup = try statement("SELECT id FROM papers WHERE arxiv_id = ?")
        for text in arxivIDs {
            guard let id = ArxivID(text), let row = try lookup.first([.text(id.rawValue)], { Int64($0.int(0)) }) else { continue }
            rowIDs.append(row)
        }
        return rowIDs.isEmpty ? [] : try papers(rowIDs)
    }

    /// Full rows for `ids`, in the order given.
    func papers(_ ids: [Int64]) throws -> [PaperResult] {
        let byID = try rowsByID(ids)
        return ids.compactMap { byID[$0] }
    }

    /// Full rows for `ids`, by id.
    func rowsByID(_ ids: [Int64]) throws -> [Int64: PaperResult] {
        var byID: [Int64: PaperResult] = [:]
        let sql = SQLFragment("SELECT p.id, \(PaperResult.columns) FROM papers p WHERE p.id IN (") + SQLFragment.list(ids.map(SQLValue.int)) + ")"
        try statement(sql.text).forEach(sql.values) { row in
            byID[Int64(row.int(0))] = PaperResult(row: row, offset: 1)
        }
        return byID
    }

    /// Streams every paper matching `filter`, by date then score (best first), one row at a time:
    /// memory stays flat however many rows there are.
    public func forEachPaper(matching filter: PaperFilter, _ body: (PaperResult) throws -> Void) throws {
        let sql = SQLFragment("SELECT \(PaperResult.columns) FROM papers p") + filter.conditions().whereClause
            + SQLFragment(" ORDER BY \(PaperStore.paperDate), p.score DESC, p.arxiv_id")
        try database.prepare(sql.text).forEach(sql.values) { try body(PaperResult(row: $0)) }
    }
}
