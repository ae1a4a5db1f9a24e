import Foundation
import PaperKit

/// The recommendation evaluation behind scripts/eval-recommend: the OAI-PMH cs harvest pages
/// ingested into a fresh store; for each category and seed, 10 random papers whose primary
/// category it is are the positives and every other paper is ranked; precision@50 counts the
/// papers listed in that category (primary or cross-list). The papers and the tasks are exported
/// as JSON lines so the scikit-learn baseline ranks exactly the same set.
enum RecommendEval {
    static let categories = ["cs.CR", "cs.DC", "cs.CV", "cs.LO", "cs.DB"]
    static let seeds: [UInt64] = [1, 2, 3]
    static let positives = 10
    static let depth = 50

    /// Named recommender settings; `--variants a,b+c` picks which run, `+` combining changes to
    /// arxiv-sanity-lite's settings (`default` is the recommender as it ships).
    static func variant(_ name: String, store: PaperStore) -> Recommender? {
        var r = Recommender(store: store)
        if name == "default" { return r }
        r.features = .sanityLite
        for part in name.split(separator: "+") {
            switch part {
            case "sanity-sample": break
            case "sanity-all": r.negativeSampleSize = 1_000_000
            case "sample-2000": r.negativeSampleSize = 2_000
            case "title2": r.features.titleRepeats = 2
            case "authors": r.features.authorNames = true
            case "mindf2": r.features.minDocuments = 2
            case "maxdf05": r.features.maxDocumentFraction = 0.05
            case "unigrams": r.features.bigrams = false
            case "c003": r.c = 0.03
            case "c01": r.c = 0.1
            case "c0003": r.c = 0.003
            case "categories": r.features.categories = true
            default: return nil
            }
        }
        return r
    }

    static func run(harvest: String, work: String, variants: [String]) throws {
        let folder = work + "/eval-recommend"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let storePath = folder + "/store.db"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
        let store = try PaperStore(path: storePath)
        let pages = try FileManager.default.contentsOfDirectory(atPath: harvest).filter { $0.hasSuffix(".xml") }.sorted()
        let report = try Ingestor(store: store, scorer: Scorer(configuration: Configuration()), http: nil)
            .ingest(pages.map { .file(harvest + "/" + $0) })
        if let failure = report.failed.first { throw EvalError(message: "ingest failed: \(failure.error?.message ?? "?")") }

        var all = PaperFilter()
        all.includeExcluded = true
        var papers: [PaperResult] = []
        try store.forEachPaper(matching: all) { papers.append($0) }
        papers.sort { $0.arxivID < $1.arxivID }
        FileHandle.standardError.write(Data("eval-recommend: \(papers.count) papers from \(pages.count) pages\n".utf8))
        try export(papers, to: folder + "/papers.jsonl")

        var tasks: [(category: String, seed: UInt64, ids: [String])] = []
        for category in categories {
            for seed in seeds {
                var pool = papers.filter { $0.primaryCategory == category }.map(\.arxivID)
                var random = SeededRandom(seed: seed)
                pool.shuffle(using: &random)
                tasks.append((category, seed, Array(pool.prefix(positives))))
            }
        }
        let taskLines = tasks.map { t in
            JSONText.object([("category", .string(t.category)), ("seed", .number(Double(t.seed))),
                             ("positives", .array(t.ids.map(JSONText.string)))]).rendered(pretty: false)
        }
        try (taskLines.joined(separator: "\n") + "\n").write(toFile: folder + "/tasks.jsonl", atomically: true, encoding: .utf8)

        let categoriesByID = Dictionary(uniqueKeysWithValues: papers.map { ($0.arxivID, Set($0.categories)) })
        for name in variants {
            guard let recommender = variant(name, store: store) else { throw EvalError(message: "unknown variant \(name)") }
            let started = Date()
            for task in tasks {
                let result = try recommender.recommend(positives: .arxivIDs(task.ids), filter: all, limit: depth)
                let hits = result.recommendations.filter { categoriesByID[$0.paper.arxivID]?.contains(task.category) == true }.count
                print("\(name)\t\(task.category)\t\(task.seed)\t\(Double(hits) / Double(depth))")
            }
            let seconds = Date().timeIntervalSince(started) / Double(tasks.count)
            FileHandle.standardError.write(Data(String(format: "eval-recommend: %@ %.2f s per task\n", name, seconds).utf8))
        }
    }

    /// One JSON object per paper: what the baseline vectorizes and what a hit is judged by.
    private static func export(_ papers: [PaperResult], to path: String) throws {
        var text = ""
        for p in papers {
            text += JSONText.object([("id", .string(p.arxivID)), ("title", .string(p.title)), ("abstract", .string(p.abstract)),
                                     ("authors", .array(p.authors.map(JSONText.string))),
                                     ("categories", .array(p.categories.map(JSONText.string)))]).rendered(pretty: false) + "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    struct EvalError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
