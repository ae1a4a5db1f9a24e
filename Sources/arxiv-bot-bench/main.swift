// Ingest benchmark: builds a feed of N distinct records from real arXiv fixture texts (each copy
// gets a fresh ID), ingests it into a fresh store with the full schema and FTS5, and prints
// records per second and peak memory. The import phase runs the real CLI on it instead and
// measures it from outside (ImportBench). Run with scripts/bench (release build).
import Foundation
import PaperKit

let arguments = CommandLine.arguments
func option(_ name: String, default value: String) -> String {
    guard let i = arguments.lastIndex(of: name), i + 1 < arguments.count else { return value }
    return arguments[i + 1]
}

let recordCount = Int(option("--records", default: "100000")) ?? 100_000
let fixtures = option("--fixtures", default: "../shared/fixtures/arxiv")
let workFolder = option("--work", default: ".build/bench")
let configPath = option("--config", default: "config.json")
/// ingest (build the corpus and ingest it), query, export; `all` runs the three in separate processes.
/// import: the `arxiv-bot` binary at --cli ingests the corpus into import.db, as a child process.
let phase = option("--phase", default: "all")
guard let format = BenchFormat(rawValue: option("--format", default: "oai")) else {
    print("--format is oai or kaggle")
    exit(64)
}
let killAt = Double(option("--kill-at", default: ""))
if let killAt, !(killAt > 0 && killAt < 1) {
    print("--kill-at is a fraction of the input between 0 and 1, such as 0.9")
    exit(64)
}

let databasePath = workFolder + "/bench.db"

switch phase {
case "ingest": try benchIngest()
case "import":
    let input = try format.prepare(records: recordCount, fixtures: fixtures, work: workFolder)
    try ImportBench(cli: option("--cli", default: ".build/release/arxiv-bot"), config: configPath, input: input,
                    format: format, records: recordCount, work: workFolder, killAt: killAt).run()
case "query": try QueryBench.run(databasePath: databasePath)
case "search-scale":
    try SearchScaleBench(database: option("--db", default: workFolder + "/import.db"),
                         queries: option("--queries", default: "bench/search-scale-queries.tsv"),
                         cli: option("--cli", default: ".build/release/arxiv-bot"), config: configPath,
                         runs: Int(option("--runs", default: "30")) ?? 30, rebuild: arguments.contains("--rebuild"),
                         blockSize: Int64(option("--block-size", default: "")))
        .run(distinct: arguments.contains("--distinct") ? option("--distinct", default: "") : nil)
case "export": try ExportBench.run(databasePath: databasePath, workFolder: workFolder)
case "recommend-eval":
    try RecommendEval.run(harvest: fixtures + "/oai/cs-2016-03-09-arXiv", work: workFolder,
                          variants: option("--variants", default: "default").split(separator: ",").map(String.init))
default:
    for step in ["ingest", "query", "export"] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        // The child gets the same options with this step as its only phase, never `all` again.
        var childArguments = Array(arguments.dropFirst())
        while let i = childArguments.firstIndex(of: "--phase") {
            childArguments.removeSubrange(i..<min(i + 2, childArguments.count))
        }
        process.arguments = childArguments + ["--phase", step]
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { exit(process.terminationStatus) }
    }
}

func benchIngest() throws {
    // 1. A synthetic document of N fresh IDs with real texts, written as a stream (once).
    let feedPath = try format.prepare(records: recordCount, fixtures: fixtures, work: workFolder)
    let feedBytes = (try FileManager.default.attributesOfItem(atPath: feedPath)[.size] as? Int) ?? 0
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }

    // 2. Ingest it.
    let configuration = try Configuration.load(from: configPath)
    let store = try PaperStore(path: databasePath)
    let ingestor = Ingestor(store: store, scorer: Scorer(configuration: configuration), http: nil)
    let started = Date()
    let report = try ingestor.ingest([.file(feedPath)])
    let seconds = Date().timeIntervalSince(started)
    
    let peakMB = peakMemoryMB()
    if let failure = report.failed.first { print("ingest failed: \(failure.error?.message ?? "?")"); exit(1) }
    print(report.summary)
    let kind = format == .kaggle ? "Kaggle JSON lines" : "OAI-PMH XML"
    print(String(format: "input: %d records, %.1f MB of ", recordCount, Double(feedBytes) / 1_048_576) + kind)
    print(String(format: "ingest: %.2f s, %.0f records/s (parse + score + store + FTS5, one transaction)",
                 seconds, Double(report.recordsSeen) / seconds))
    print(String(format: "peak memory (max RSS of the whole process): %.1f MB", peakMB))
}

/// Peak resident memory of this process so far.
func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
