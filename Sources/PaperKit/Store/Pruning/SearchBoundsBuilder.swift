import Foundation

/// What building the search bounds did.
public struct SearchBoundsBuild: Sendable, Equatable {
    /// Words given bounds.
    public var terms: Int
    /// Index rows covered.
    public var rows: Int64
    public var seconds: Double

    /// `search bounds rebuilt over 2700000 papers (3849 words) in 31.2 s`, for the ingest's line.
    public var summary: String {
        "search bounds rebuilt over \(rows) papers (\(terms) words) in " + String(format: "%.1f", seconds) + " s"
    }
}

/// Builds the search bounds from the FTS5 index itself: one pass over every phrase instance
/// (`fts5vocab` in `instance` form, in word then rowid order) and every row's length, so the
/// saturations are those of the rows FTS5 matches and ranks, whatever wrote them.
/// About 30 s over the 500 million instances of 2.7 million papers; the old build is replaced in
/// the same transaction, so a search sees the old bounds or the new ones, never a mix.
package struct SearchBoundsBuilder {
    package var blockSize: Int64
    package var minDocuments: Int64

    /// Blocks of about rows/8,192 rowids (a power of two, 64 to 1,024), and bounds for the words
    /// in at least rows/1,000 rows (1,000 at least): 21 KB a word at 2.7 million papers, 108 MB
    /// in all. At 2.7M papers, blocks of 256 scored 16% faster than blocks of 1,024 over 2,000
    /// distinct two-word searches, at four times the size.
    package init(rows: Int64) {
        var size: Int64 = 64
        while size < rows / 8_192 && size < 1_024 { size *= 2 }
        blockSize = size
        minDocuments = max(1_000, rows / 1_000)
    }

    package init(blockSize: Int64, minDocuments: Int64) {
        self.blockSize = max(1, blockSize)
        self.minDocuments = max(1, minDocuments)
    }

    /// The index columns' names, in order, by their first two bytes (which tell them apart).
    private static let columnWeights: [UInt16: Float64] = {
        let names = ["title", "abstract", "authors", "summary"]
        var weights: [UInt16: Float64] = [:]
        for (index, name) in names.enumerated() {
            let bytes = Array(name.utf8)
            weights[UInt16(bytes[0]) << 8 | UInt16(bytes[1])] = PaperStore.columnWeight(index)
        }
        precondition(weights.count == names.count, "index column names must differ in their first two bytes")
        return weights
    }()

    /// Replaces the store's bounds; call inside a write transaction.
    func build(_ store: PaperStore) throws -> SearchBoundsBuild {
        let started = Date()
        try store.statement("DELETE FROM search_bound_terms").run()
        try store.statement("DELETE FROM search_bound_changes").run()
        try store.statement("DELETE FROM search_bounds").run()
        let (rows, tokens) = try store.indexTotals()
        guard rows > 0, let lengths = try store.indexRowLengths() else { return SearchBoundsBuild(terms: 0, rows: 0, seconds: 0) }
        let averageLength = Double(tokens) / Double(rows)
        let builtThrough = Int64(lengths.count - 1)

        try store.database.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_bounds_vocab USING fts5vocab(main, papers_fts, instance)")
        let insert = try store.statement("INSERT INTO search_bound_terms (term, documents, bounds) VALUES (?, ?, ?)")
        var blocks = [Float](repeating: 0, count: Int(builtThrough / blockSize) + 1)
        var touched: [Int] = []
        var term: [UInt8] = [], documents: Int64 = 0, row: Int64 = -1, frequency = 0.0, terms = 0

        func finishRow() {
            guard row >= 0, row < lengths.count, lengths[Int(row)] >= 0 else { return }
            let saturation = BM25.saturation(frequency: frequency, length: Double(lengths[Int(row)]), averageLength: averageLength)
            let block = Int(row / blockSize)
            if blocks[block] == 0 { touched.append(block) }
            blocks[block] = max(blocks[block], SearchBounds.roundedUp(saturation))
            documents += 1
        }
        func finishTerm() throws {
            finishRow()
            if documents >= minDocuments {
                try insert.run([.text(String(decoding: term, as: UTF8.self)), .int(documents), .blob(SearchBounds.encode(blocks))])
                terms += 1
            }
            for block in touched { blocks[block] = 0 }
            touched.removeAll(keepingCapacity: true)
            (documents, row) = (0, -1)
        }
        try store.statement("SELECT term, doc, col FROM temp.search_bounds_vocab").forEach { instance in
            let sameTerm = instance.withBlob(0) { bytes in
                bytes.count == term.count && (bytes.isEmpty || term.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 })
            }
            if !sameTerm {
                try finishTerm()
                term = instance.withBlob(0) { Array($0) }
            }
            let rowid = Int64(instance.int(1))
            if rowid != row {
                finishRow()
                (row, frequency) = (rowid, 0)
            }
            frequency += instance.withBlob(2) { bytes in
                bytes.count >= 2 ? Self.columnWeights[UInt16(bytes[0]) << 8 | UInt16(bytes[1])] ?? 1 : 1
            }
        }
        if !term.isEmpty { try finishTerm() }
        let seconds = Date().timeIntervalSince(started)
        try store.statement("""
            INSERT INTO search_bounds (id, built_through, row_count, average_length, block_size, min_documents, built_at, seconds)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?)
            """).run([.int(builtThrough), .int(rows), .double(averageLength), .int(blockSize), .int(minDocuments),
                      .text(Timestamp.now()), .double(seconds)])
        return SearchBoundsBuild(terms: terms, rows: rows, seconds: seconds)
    }
}
