import CSQLite

/// The history of everything ingested: papers, authors, categories, announcements, keyword hits
/// and the ingest ledger, in one SQLite file. The only type that writes to the store.
///
/// Statements are prepared once per store and reused for every record; callers group writes
/// with `transaction(_:)` (one per source) so a failed source rolls back alone.
public final class PaperStore {
    /// The connection (`Store/SQLite/`); nothing outside the store reaches it.
    package let database: Database
    private var prepared: [String: Statement] = [:]
    /// Author name -> row id, so a prolific author costs one lookup per process, not per paper.
    var authorIDs: [String: Int64] = [:]
    /// How many index rows a write session holds back at most (`IndexBuffer`).
    var indexBatchSize = 4_096
    /// Inputs of the search rank: what this connection keeps between searches (read-only
    /// connections only).
    let rankInputs: RankFunction.Inputs
    var rankStatistics: RankStatistics { rankInputs.statistics }
    /// How newest-first and best-first searches with words are answered
    /// (`PaperStore+IndexWalk.swift`); tests pin it.
    package var sortedPlan = SortedPlan.auto
    /// How relevance searches are answered (`PaperStore+PrunedRelevance.swift`); tests pin it.
    package var relevancePlan = RelevancePlan.auto
    /// How many blocks a pruned search scores range by range before one pass over the rest.
    package var blockRanges = PaperStore.defaultBlockRanges
    /// Which functions rank and cut snippets for this store's searches (`FullTextEngine`).
    public let fullText: FullTextEngine
    /// Builds the snippets of searches, in SQL (`arxiv_snippet`) and from collected matches.
    let snippetState: SnippetState
    /// The index's tokenizer, for the words of a search (`SearchBounds`).
    let indexTokenizer: IndexTokenizer

    /// Opens (or creates) the store at `path` and brings its schema up to date.
    public convenience init(path: String) throws {
        try self.init(database: Database(path: path))
    }

    /// Opens the store at `path` with searches on `fullText` instead of the process's choice.
    package convenience init(path: String, fullText: FullTextEngine) throws {
        try self.init(database: Database(path: path), migrate: true, fullText: fullText)
    }

    package convenience init(database: Database) throws {
        try self.init(database: database, migrate: true)
    }

    /// `migrate: false` opens the store as it is (read-only connections cannot migrate).
    /// `fullText` defaults to the process's `FullTextEngine.current`; an invalid `ARXIV_BOT_FTS` throws.
    init(database: Database, migrate: Bool, fullText: FullTextEngine? = nil) throws {
        self.database = database
        self.fullText = try fullText ?? FullTextEngine.current.get().engine
        rankInputs = RankFunction.Inputs(statistics: RankStatistics(keepsStatistics: database.isReadOnly))
        if migrate { try Migrator.migrate(database) }
        guard let fts5 = database.fts5API() else {
            throw StoreError.cannotOpen(path: database.path, reason: "this SQLite has no FTS5; install Debian's libsqlite3-0")
        }
        snippetState = try SnippetState(api: fts5, database: database)
        indexTokenizer = try IndexTokenizer(api: fts5, database: database)
        try RankFunction.register(on: database, api: fts5, inputs: rankInputs)
        try SnippetFunction.register(on: database, api: fts5, state: snippetState)
    }

    /// Runs `body` in one transaction; everything it wrote is rolled back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        do {
            return try database.transaction(body)
        } catch {
            // Ids cached inside a rolled-back transaction may point at rows that no longer exist.
            authorIDs.removeAll(keepingCapacity: true)
            throw error
        }
    }

    /// The date a paper is filed under, as SQL on `papers p`: its first announcement, else its v1
    /// day. Written exactly as the `papers_date` index (schema 001, with `excluded` since 009), so SQLite can use it.
    static let paperDate = "coalesce(p.first_announced, p.published)"

    /// A statement prepared on first use and cached for the life of the store. Searches with
    /// filters have as many shapes as filter combinations, and serve's connections live as long as
    /// the process, so the cache is emptied when it reaches `maxPrepared` (statements in use stay alive).
    func statement(_ sql: String) throws -> Statement {
        if let cached = prepared[sql] { return cached }
        let statement = try database.prepare(sql)
        if prepared.count >= Self.maxPrepared { prepared.removeAll(keepingCapacity: true) }
        prepared[sql] = statement
        return statement
    }

    static let maxPrepared = 256

    /// Number of rows in each main table, for summaries and tests.
    public func counts() throws -> StoreCounts {
        func count(_ table: String) throws -> Int {
            try statement("SELECT count(*) FROM \(table)").first { $0.int(0) } ?? 0
        }
        return StoreCounts(papers: try count("papers"), authors: try count("authors"),
                           announcements: try count("announcements"), keywordHits: try count("keyword_hits"),
                           runs: try count("ingest_runs"))
    }
}

/// Row counts of the main tables.
public struct StoreCounts: Equatable, Sendable {
    public var papers: Int
    public var authors: Int
    public var announcements: Int
    public var keywordHits: Int
    public var runs: Int
}
