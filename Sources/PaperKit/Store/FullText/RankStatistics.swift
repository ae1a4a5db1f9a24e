import CSQLite

/// What `arxiv_bm25` would otherwise read from the index for every search, kept by one read-only
/// connection for as long as the store does not change: each document's length in tokens (by
/// rowid) and the document count of each phrase searched so far. Serve answers many different
/// searches on a few long-lived connections, and most searches share words, so a served search
/// skips both reads (1 ms of a 3 ms search over 100,000 papers).
///
/// Kept only where `data_version` tells every change: a connection's own commits do not change
/// it, so a connection that writes keeps nothing and `arxiv_bm25` reads the index, as `bm25()` does.
final class RankStatistics {
    let keepsStatistics: Bool
    private var version: Int?
    /// Tokens per document, by rowid; -1 for a rowid with no document.
    private var lengths: [Int32] = []
    private var phraseCounts: [String: Int64] = [:]

    /// A store whose rowids reach past this keeps no lengths (4 bytes per rowid per connection).
    static let maxCachedRowID: Int64 = 20_000_000
    static let maxCachedPhrases = 100_000

    init(keepsStatistics: Bool) { self.keepsStatistics = keepsStatistics }

    /// The length `xColumnSize(-1)` would give, when known.
    func documentLength(_ rowid: Int64) -> Double? {
        guard rowid >= 0, rowid < lengths.count else { return nil }
        let tokens = lengths[Int(rowid)]
        return tokens < 0 ? nil : Double(tokens)
    }

    /// The document counts of `phrases` (standalone FTS5 expressions, in the order FTS5 numbers the
    /// phrases of the search) as of the current snapshot, counted once per store state; nil where
    /// nothing is kept: outside a read transaction the snapshot could move between statements.
    func phraseCounts(_ phrases: [String], in store: PaperStore) throws -> [Int64]? {
        guard keepsStatistics, !phrases.isEmpty, store.database.isInTransaction else { return nil }
        // Inside BEGIN, this pragma opens the snapshot itself, so the version is the snapshot's.
        let current = try store.dataVersion()
        if current != version {
            try loadLengths(from: store)
            phraseCounts.removeAll(keepingCapacity: true)
            version = current
        }
        if phraseCounts.count > Self.maxCachedPhrases { phraseCounts.removeAll(keepingCapacity: true) }
        return try phrases.map { phrase in
            if let known = phraseCounts[phrase] { return known }
            let count = try store.indexMatches(phrase)
            phraseCounts[phrase] = count
            return count
        }
    }

    /// Reads every document's length from `papers_fts_docsize` (one varint per column).
    private func loadLengths(from store: PaperStore) throws {
        lengths = try store.indexRowLengths() ?? []
    }
}
