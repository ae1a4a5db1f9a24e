import CSQLite
import Foundation

/// The relevance rank of searches, `arxiv_bm25(papers_fts, n1, n2, ...)`: FTS5's bm25 with the
/// column weights of `PaperStore.columnWeights`, computed exactly as the built-in `bm25()` does
/// (same formula, same operations in the same order, so the same doubles; RankFunctionTests
/// compares them), but able to take two of its inputs from `RankStatistics` instead of reading
/// them from the index for every search:
///
/// - the number of documents that contain each phrase (the trailing arguments, in FTS5's phrase
///   order). `bm25()` walks each phrase's whole document list once per search to count them: 0.6 ms
///   of a two-word search over 100,000 papers. Without the arguments, it counts as `bm25()` does.
/// - each matching document's length in tokens, which `bm25()` reads from `papers_fts_docsize`,
///   one B-tree lookup per match.
///
/// When its first argument is a `RankCollector` bound as a pointer (`bindCollector`), the function
/// also hands it the matches good enough for the page, so the search needs no `ORDER BY` (see
/// `RankCollector`). The collector belongs to that one statement run, not to the connection.
///
/// A connection gets the function when its store opens.
enum RankFunction {
    static let name = "arxiv_bm25"

    /// The rank as SQL over `papers_fts`: the collector's parameter first (bind it with
    /// `collectorType`, or NULL for none), then the phrase counts bound to `countParameters` `?`s.
    static func call(countParameters: Int) -> String {
        name + "(papers_fts, ?" + String(repeating: ", ?", count: countParameters) + ")"
    }

    /// The pointer type a collector is bound as; the function reads no other.
    static let collectorType: StaticString = "arxiv_rank_collector"

    /// What the function of one connection reads besides FTS5.
    final class Inputs {
        let statistics: RankStatistics

        init(statistics: RankStatistics) { self.statistics = statistics }
    }

    /// Registers the function on the connection whose FTS5 API is `api`; FTS5 keeps `inputs`
    /// until the connection closes.
    static func register(on database: Database, api: UnsafeMutablePointer<fts5_api>, inputs: Inputs) throws {
        try AuxiliaryFunction.register(name, arxivBM25, context: inputs, on: database, api: api)
    }
}

private let k1 = BM25.k1
private let b = BM25.b

/// FTS5 calls this once per matching row. The per-search values (average document length, each
/// phrase's IDF) are computed on the first call and kept with the statement as FTS5 auxiliary
/// data, laid out as `[avgdl, idf × phrases, frequency × phrases]` (the last part is scratch).
private func arxivBM25(api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?,
                       argumentCount: Int32, arguments: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let api, let fts else { return }
    let f = api.pointee
    let collector = boundCollector(argumentCount > 0 ? arguments?[0] : nil)
    let rowid = f.xRowid(fts)
    // Skipped before its positions are read: most of the cost of a match.
    if let collector, collector.skips(rowid) { return sqlite3_result_null(context) }
    let phrases = Int(f.xPhraseCount(fts))
    let data: UnsafeMutablePointer<Double>
    if let kept = f.xGetAuxdata(fts, 0) {
        data = kept.assumingMemoryBound(to: Double.self)
    } else {
        var rc = SQLITE_OK
        // After the collector, one document count per phrase, or none.
        let counts = argumentCount == phrases + 1 ? arguments.map { $0 + 1 } : nil
        guard let made = searchData(api, fts, phrases: phrases, counts: counts, rc: &rc)
        else { return sqlite3_result_error_code(context, rc) }
        data = made
    }
    let avgdl = data[0]
    let idf = data + 1
    let frequency = data + 1 + phrases

    // bm25() adds up each phrase's weighted frequency over xInst, which first merges the
    // instances of all phrases into one array; walking each phrase's own positions adds the same
    // weights in the same order per phrase (so the same doubles) without building that array.
    var rc = SQLITE_OK
    var iterator = Fts5PhraseIter()
    var column: Int32 = 0, offset: Int32 = 0
    for i in 0..<phrases where rc == SQLITE_OK {
        frequency[i] = 0
        rc = f.xPhraseFirst(fts, Int32(i), &iterator, &column, &offset)
        while rc == SQLITE_OK && column >= 0 {
            frequency[i] += PaperStore.columnWeight(Int(column))
            f.xPhraseNext(fts, &iterator, &column, &offset)
        }
    }
    var length = 0.0
    let inputs = f.xUserData(fts).map { Unmanaged<RankFunction.Inputs>.fromOpaque($0).takeUnretainedValue() }
    if rc == SQLITE_OK {
        if let cached = inputs?.statistics.documentLength(rowid) {
            length = cached
        } else {
            var tokens: Int32 = 0
            rc = f.xColumnSize(fts, -1, &tokens)
            length = Double(tokens)
        }
    }
    guard rc == SQLITE_OK else { return sqlite3_result_error_code(context, rc) }
    var score = 0.0
    for i in 0..<phrases {
        score += idf[i] * ((frequency[i] * (k1 + 1.0)) / (frequency[i] + k1 * (1 - b + b * length / avgdl)))
    }
    let rank = -1.0 * score
    if let collector, collector.wants(score: rank, rowid: rowid) {
        rc = collect(rank, rowid: rowid, into: collector, f, fts, phrases: phrases)
        guard rc == SQLITE_OK else { return sqlite3_result_error_code(context, rc) }
    }
    sqlite3_result_double(context, rank)
}

/// The collector bound to this argument, if one is.
private func boundCollector(_ argument: OpaquePointer?) -> RankCollector? {
    guard let argument else { return nil }
    let type = UnsafeRawPointer(RankFunction.collectorType.utf8Start).assumingMemoryBound(to: CChar.self)
    return sqlite3_value_pointer(argument, type).map { Unmanaged<RankCollector>.fromOpaque($0).takeUnretainedValue() }
}

/// Keeps the current row, with its phrase instances, in `collector`.
private func collect(_ rank: Double, rowid: Int64, into collector: RankCollector, _ f: Fts5ExtensionApi,
                     _ fts: OpaquePointer, phrases: Int) -> Int32 {
    if collector.phraseSizes.count != phrases {
        collector.phraseSizes = (0..<phrases).map { f.xPhraseSize(fts, Int32($0)) }
    }
    var instances: [RankCollector.Instance] = []
    let rc = RankCollector.readInstances(f, fts, into: &instances)
    if rc == SQLITE_OK { collector.keep(.init(score: rank, rowid: rowid, instances: instances)) }
    return rc
}

/// Average document length and each phrase's IDF for one search, kept with the statement.
/// `counts` holds each phrase's document count; without it FTS5 counts, as `bm25()` does.
private func searchData(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, phrases: Int,
                        counts: UnsafeMutablePointer<OpaquePointer?>?, rc: inout Int32) -> UnsafeMutablePointer<Double>? {
    let f = api.pointee
    var rows: Int64 = 0, tokens: Int64 = 0
    rc = f.xRowCount(fts, &rows)
    if rc == SQLITE_OK { rc = f.xColumnTotalSize(fts, -1, &tokens) }
    guard rc == SQLITE_OK else { return nil }
    guard let raw = sqlite3_malloc64(UInt64((1 + 2 * phrases) * MemoryLayout<Double>.stride)) else {
        rc = SQLITE_NOMEM
        return nil
    }
    let data = raw.bindMemory(to: Double.self, capacity: 1 + 2 * phrases)
    data[0] = Double(tokens) / Double(rows)
    for i in 0..<phrases {
        var hits: Int64 = 0
        if let counts {
            hits = sqlite3_value_int64(counts[i])
        } else {
            rc = withUnsafeMutablePointer(to: &hits) { f.xQueryPhrase(fts, Int32(i), $0, countRow) }
            if rc != SQLITE_OK { sqlite3_free(raw); return nil }
        }
        // As bm25(): a phrase in more than half the documents would get a negative IDF. A count
        // above the row count (only passed by hand) would make it NaN: the same floor applies.
        data[1 + i] = BM25.idf(rows: rows, documents: hits)
    }
    // FTS5 frees the buffer with the statement (or at once, when it cannot keep it).
    rc = f.xSetAuxdata(fts, raw, sqlite3_free)
    return rc == SQLITE_OK ? data : nil
}

private func countRow(_: UnsafePointer<Fts5ExtensionApi>?, _: OpaquePointer?, _ counter: UnsafeMutableRawPointer?) -> Int32 {
    counter?.assumingMemoryBound(to: Int64.self).pointee += 1
    return SQLITE_OK
}
