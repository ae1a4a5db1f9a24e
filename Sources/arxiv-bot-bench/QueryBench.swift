import Foundation
import PaperKit

/// Two-word bm25 queries against the benchmark store, in process.
enum QueryBench {
    static let queries = ["neural network", "graph algorithm", "formal verification", "wireless networks",
                          "deep learning", "quantum computing", "logic programming", "image segmentation",
                          "social network", "convex optimization"]

    static func run(databasePath: String) throws {
        let store = try PaperStore(path: databasePath)   // migrates, as `arxiv-bot query` does
        try measure(store, label: "query (the CLI's connection)")
        try measure(try PaperStore(readOnlyPath: databasePath), label: "query (serve's read-only connection)")
    }

    private static func measure(_ store: PaperStore, label: String) throws {
        let papers = try store.counts().papers
        var timings: [Double] = []
        var hits = 0
        for round in 0..<21 {
            for text in queries {
                let started = Date()
                let results = try store.search(SearchRequest(text: text))
                let elapsed = Date().timeIntervalSince(started)
                if round > 0 { timings.append(elapsed) }   // the first round warms the page cache
                hits += results.count
            }
        }
        timings.sort()
        let median = timings[timings.count / 2] * 1000
        let p95 = timings[Int(Double(timings.count) * 0.95)] * 1000
        print(String(format: "%@: %d two-word queries over %d papers, limit 20 with snippets: median %.2f ms, p95 %.2f ms",
                     label, timings.count, papers, median, p95))
    }
}

/// Streams every paper of the benchmark store to CSV.
enum ExportBench {
    static func run(databasePath: String, workFolder: String) throws {
        let store = try PaperStore(path: databasePath)
        let path = workFolder + "/export.csv"
        let started = Date()
        let output = try OutputFile(path: path)
        var filter = PaperFilter()
        filter.includeExcluded = true
        let rows = try PaperExporter(format: .csv(CSVWriter())).export(from: store, matching: filter, to: output)
        try output.commit()
        let seconds = Date().timeIntervalSince(started)
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(String(format: "export: %d rows to CSV (%.1f MB) in %.2f s, peak memory %.1f MB",
                     rows, Double(size) / 1_048_576, seconds, peakMemoryMB()))
    }
}
