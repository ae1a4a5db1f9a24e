/// One build of the search bounds (schema 010): for every common word, the largest bm25
/// saturation (`BM25.saturation`) it reaches in each block of index rows. A relevance search
/// adds up its phrases' weights at those saturations to bound what any row of a block can score,
/// and scores a block only while that bound can still beat the page's last match
/// (`PaperStore+PrunedRelevance.swift`).
///
/// A bound is an upper bound for every row of its block that has not changed since the build:
/// rows past `builtThrough` and the rows in `search_bound_changes` are scored directly. bm25's
/// average length has moved since the build by the rows added or changed; a row's saturation
/// grows by at most `averageLength now / averageLength then` when the average grows, so bounds
/// are multiplied by that factor (`loosening`).
struct SearchBounds: Equatable {
    /// The highest index rowid the build covers.
    let builtThrough: Int64
    /// Index rows at the build.
    let rows: Int64
    /// Tokens per row at the build.
    let averageLength: Double
    /// Rowids per block: block k holds rowids k·blockSize ..< (k+1)·blockSize.
    let blockSize: Int64
    /// Words in fewer rows than this have no entry: their phrases are bounded by bm25's maximum.
    let minDocuments: Int64

    var blockCount: Int { Int(builtThrough / blockSize) + 1 }

    /// The rowids of block `index`, within the build.
    func rowids(ofBlock index: Int) -> ClosedRange<Int64> {
        let first = Int64(index) * blockSize
        return first...min(first + blockSize - 1, builtThrough)
    }

    /// How much a saturation bound must grow for bm25's current average row length.
    func loosening(averageLength now: Double) -> Double { max(1, now / averageLength) }

    /// A word's entry: the rows holding it at the build, and its saturation bound per block (0
    /// where no row of the block holds it).
    struct Term {
        let documents: Int64
        let blocks: [Float]
    }

    /// Float32 halves the table; a bound is rounded up when it is stored, so it stays a bound.
    static func encode(_ blocks: [Float]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(blocks.count * 4)
        for value in blocks {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) -> [Float] {
        (0..<bytes.count / 4).map { Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
    }

    /// The smallest Float at or above `value`.
    static func roundedUp(_ value: Double) -> Float {
        let float = Float(value)
        return Double(float) >= value ? float : float.nextUp
    }
}

extension PaperStore {
    /// The bounds of the last build, nil when the store has none.
    func searchBounds() throws -> SearchBounds? {
        try statement("SELECT built_through, row_count, average_length, block_size, min_documents FROM search_bounds WHERE id = 1").first { row in
            SearchBounds(builtThrough: Int64(row.int(0)), rows: Int64(row.int(1)), averageLength: row.double(2),
                         blockSize: Int64(max(1, row.int(3))), minDocuments: Int64(row.int(4)))
        }
    }

    /// The entry of FTS5 token `token`, nil when it has none (a rare word, or one not indexed).
    func searchBoundTerm(_ token: String) throws -> SearchBounds.Term? {
        try statement("SELECT documents, bounds FROM search_bound_terms WHERE term = ?").first([.text(token)]) { row in
            SearchBounds.Term(documents: Int64(row.int(0)), blocks: row.withBlob(1, SearchBounds.decode))
        }
    }

    /// Rows rewritten since the build, in order; at most `limit` of them.
    func searchBoundChanges(limit: Int) throws -> [Int64] {
        var rows: [Int64] = []
        try statement("SELECT rowid FROM search_bound_changes ORDER BY rowid LIMIT ?").forEach([.int(Int64(limit))]) { rows.append(Int64($0.int(0))) }
        return rows
    }

    /// The index's row count and total tokens, as FTS5 keeps them for bm25 (its averages record:
    /// a varint of rows, then one of tokens per column).
    func indexTotals() throws -> (rows: Int64, tokens: Int64) {
        try statement("SELECT block FROM papers_fts_data WHERE id = 1").first { row in
            row.withBlob(0) { bytes -> (Int64, Int64) in
                var varints = SQLiteVarints(bytes)
                let rows = varints.next() ?? 0
                var tokens: Int64 = 0
                while let column = varints.next() { tokens += column }
                return (rows, tokens)
            }
        } ?? (0, 0)
    }
}
