import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// The paper row's display columns (schema 006) must always equal what the tables they summarise
/// yield: after every write path (new papers, newer and older versions, records without authors
/// or categories, cross-lists and replacements on several days, rescore) and after migrating a
/// store written before them.
struct DisplayColumnsTests {
    /// The subqueries of schema 006, the definition of each column.
    static let mismatchSQL = """
        SELECT arxiv_id FROM papers WHERE
            author_names IS NOT (SELECT group_concat(name, char(31)) FROM (SELECT a.name AS name FROM paper_authors pa
                JOIN authors a ON a.id = pa.author_id WHERE pa.paper_id = papers.id ORDER BY pa.position))
            OR category_list IS NOT (SELECT group_concat(category, ' ') FROM (SELECT category FROM paper_categories
                WHERE paper_id = papers.id ORDER BY is_primary DESC, category))
            OR hit_list IS NOT (SELECT group_concat(keyword || char(31) || field || char(31) || count, char(30)) FROM (
                SELECT keyword, field, count FROM keyword_hits WHERE paper_id = papers.id ORDER BY field DESC, keyword))
            OR first_type IS NOT (SELECT type FROM announcements WHERE paper_id = papers.id ORDER BY day, type LIMIT 1)
        """

    static func mismatches(_ store: PaperStore) throws -> [String] {
        var ids: [String] = []
        try store.database.prepare(mismatchSQL).forEach { ids.append($0.text(0)) }
        return ids
    }

    /// Takes a store back to before schema 006 (SQLite 3.35+ drops columns).
    static func dropDisplayColumns(_ db: Database) throws {
        try db.execute("""
            ALTER TABLE papers DROP COLUMN author_names; ALTER TABLE papers DROP COLUMN category_list;
            ALTER TABLE papers DROP COLUMN hit_list; ALTER TABLE papers DROP COLUMN first_type;
            """)
    }

    static func scorer(_ keywords: [String]) throws -> Scorer {
        var configuration = try Configuration.load(from: Fixtures.seedConfigPath())
        configuration.keywords = keywords
        return Scorer(configuration: configuration)
    }

    @Test func everyWritePathKeepsThemEqualToTheTables() throws {
        let temp = try TemporaryStore()
        let feeds = ["rss/quant-ph-2024-12-30.xml", "rss/quant-ph-2025-01-03.xml", "rss/filtered/quant-ph-2025-01-20-qml.xml",
                     "rss/filtered/quant-ph-2025-01-22-qoqi.xml", "rss/cs.AI-2026-07-27.xml", "rss/trimmed/cs.CL-2026-04-27-3items.xml",
                     "atom/api-2026/yanhua-latest_cs_ai-2026-04-23-570a50c.xml", "oai/arXivRaw-ListRecords-2016-10-21.xml",
                     "oai/arXiv-ListRecords-physics-hep-th-2017-12-14.xml"]
        let ingestor = Ingestor(store: temp.store, scorer: try Self.scorer(["quantum", "language model", "agent", "Ω", "état"]), http: nil)
        let report = try ingestor.ingest(feeds.map { .file(try Fixtures.path($0)) })
        #expect(report.failed.isEmpty && report.papersNew > 500 && report.announcementsNew > 300)
        let withEverything = try temp.store.database.prepare("""
            SELECT count(*) FROM papers WHERE author_names IS NOT NULL AND instr(category_list, ' ') > 0
                AND instr(hit_list, char(30)) > 0 AND first_type IS NOT NULL
            """).first { $0.int(0) } ?? 0
        #expect(withEverything > 20, "the corpus must exercise lists of several entries")
        #expect(try Self.mismatches(temp.store) == [])

        // A newer version with other authors and categories, one without either, an older one,
        // and announcements on the same day in another type and on an earlier day.
        let now = "2026-08-01T00:00:00Z"
        let id = "2607.21981"
        try temp.store.write(record(id, v: 9, authors: ["Zoë Zed", "", "Ana Ángel"], categories: ["cs.LG", "stat.ML", "cs.AI", "cs.LG"],
                                    type: .replace, announced: "2026-07-30"),
                             score: ScoreResult(score: 2, hits: [KeywordHit(keyword: "b", field: .abstract, count: 1),
                                                                 KeywordHit(keyword: "a", field: .abstract, count: 2),
                                                                 KeywordHit(keyword: "z", field: .title, count: 1),
                                                                 KeywordHit(keyword: "zero", field: .title, count: 0)], excludedBy: []),
                             now: now)
        try temp.store.write(record(id, v: 10, authors: [], categories: [], type: .replaceCross, announced: "2026-07-27"),
                             score: noScore, now: now)
        try temp.store.write(record(id, v: 2, authors: ["Old Author"], categories: ["math.CO"], type: .cross, announced: "2026-07-20"),
                             score: noScore, now: now)
        try temp.store.write(record("2607.99999", authors: ["", ""], categories: [], type: nil), score: noScore, now: now)
        #expect(try Self.mismatches(temp.store) == [])
        let row = try #require(try temp.store.database.prepare("SELECT author_names, category_list, first_type FROM papers WHERE arxiv_id = ?")
            .first([.text(id)]) { [$0.optionalText(0), $0.optionalText(1), $0.optionalText(2)] })
        #expect(row == ["Zoë Zed\u{1F}Ana Ángel", "cs.LG cs.AI stat.ML", "cross"])
        // Same day, a type that sorts first.
        try temp.store.write(record("2607.99998", type: .new, announced: "2026-07-27"), score: noScore, now: now)
        try temp.store.write(record("2607.99998", type: .cross, announced: "2026-07-27"), score: noScore, now: now)
        #expect(try Self.mismatches(temp.store) == [])

        _ = try temp.store.rescore(keywords: "a", try Self.scorer(["neural", "learning", "quantum computing"]).score)
        #expect(try Self.mismatches(temp.store) == [])
        _ = try temp.store.rescore(keywords: "b", try Self.scorer([]).score)
        #expect(try temp.store.database.prepare("SELECT count(*) FROM papers WHERE hit_list IS NOT NULL").first { $0.int(0) } == 0)
        #expect(try Self.mismatches(temp.store) == [])
    }

    @Test func theMigrationFillsThemForAStoreWrittenBefore() throws {
        let temp = try TemporaryStore()
        _ = try Ingestor(store: temp.store, scorer: try Self.scorer(["quantum", "state"]), http: nil)
            .ingest([.file(Fixtures.path("rss/quant-ph-2025-01-03.xml")), .file(Fixtures.path("rss/quant-ph-2024-12-30.xml"))])
        // Back to schema 005: the columns gone, 006 not applied.
        let db = temp.store.database
        try Self.dropDisplayColumns(db)
        try SchemaRollback.forget(from: 6, in: db)
        #expect(try Migrator.migrate(db).first == 6)
        let filled = try db.prepare("SELECT count(*) FROM papers WHERE author_names IS NOT NULL AND first_type IS NOT NULL")
            .first { $0.int(0) } ?? 0
        #expect(filled > 100)
        #expect(try Self.mismatches(temp.store) == [])
    }

    @Test func listsAreInTheTablesByteOrder() {
        #expect(DisplayColumns.categoryList(["cs.AI", "math.CO", "Z.x", "cs.LG", "é.x"]) == "cs.AI Z.x cs.LG math.CO é.x")
        #expect(DisplayColumns.categoryList([]) == nil)
        let hits = [KeywordHit(keyword: "b", field: .abstract, count: 1), KeywordHit(keyword: "B", field: .title, count: 3),
                    KeywordHit(keyword: "é", field: .title, count: 1), KeywordHit(keyword: "a", field: .title, count: 0)]
        #expect(DisplayColumns.hitList(hits) == "B\u{1F}title\u{1F}3\u{1E}é\u{1F}title\u{1F}1\u{1E}b\u{1F}abstract\u{1F}1")
        #expect(DisplayColumns.hitList([]) == nil)
        #expect(DisplayColumns.authorNames([]) == nil)
    }

    /// One codec writes and reads the columns: what it encodes decodes to the same values.
    @Test func theCodecReadsBackWhatItWrites() {
        let authors = [Author(name: "Ana Martínez-García"), Author(name: "李 明"), Author(name: "O'Brien, Jr.")]
        #expect(DisplayColumns.authors(from: DisplayColumns.authorNames(authors)) == authors.map(\.name))
        #expect(DisplayColumns.authors(from: DisplayColumns.authorNames([])).isEmpty)
        let categories = DisplayColumns.storedCategories(of: record("2601.00001", categories: ["math.AG", "cs.LG", "cs.AI"]))
        let decoded = DisplayColumns.categories(from: DisplayColumns.categoryList(categories))
        #expect(decoded.first == categories.first)
        #expect(Set(decoded) == Set(categories) && decoded.count == categories.count)
        let hits = [KeywordHit(keyword: "graph neural network", field: .abstract, count: 2),
                    KeywordHit(keyword: "LLM", field: .title, count: 1),
                    KeywordHit(keyword: "never", field: .title, count: 0)]
        let read = DisplayColumns.hits(from: DisplayColumns.hitList(hits))
        #expect(read == [hits[1], hits[0]], "title hits first, zero counts not stored")
        #expect(DisplayColumns.hits(from: "broken\u{1F}nofield\u{1F}1").isEmpty)
    }
}
