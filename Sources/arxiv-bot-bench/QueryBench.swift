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
        if let distinct = distinctQueries(near: databasePath) {
            try measureDistinct(try PaperStore(readOnlyPath: databasePath), queries: distinct)
        }
    }

    /// The word pairs scripts/bench-serve writes next to the store, when it has run.
    private static func distinctQueries(near databasePath: String) -> [String]? {
        let path = (databasePath as NSString).deletingLastPathComponent + "/queries.txt"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let queries = text.split(separator: "\n").prefix(5_000).map { $0.replacingOccurrences(of: "+", with: " ") }
        return queries.isEmpty ? nil : queries
    }

    /// Distinct searches as `/api/search` runs them (a snapshot, the search, the JSON), with the
    /// time of each part, so a change to one can be judged on its own.
    private static func measureDistinct(_ store: PaperStore, queries: [String]) throws {
        var searchSeconds = 0.0, jsonSeconds = 0.0, bytes = 0
        var totals: [Double] = []
        for text in queries {
            let started = Date()
            let results = try store.snapshot { try store.search(SearchRequest(text: text)) }
            let searched = Date()
            bytes += PaperExport.jsonArrayBytes(results).count
            jsonSeconds += Date().timeIntervalSince(searched)
            searchSeconds += searched.timeIntervalSince(started)
            totals.append(Date().timeIntervalSince(started) * 1000)
        }
        let n = Double(queries.count)
        totals.sort()
        print(String(format: "distinct searches (serve's connection): %d word pairs from the store's titles, mean search %.2f ms + JSON %.2f ms (%.0f KB); together median %.2f ms, p99 %.2f ms, max %.1f ms",
                     queries.count, searchSeconds / n * 1000, jsonSeconds / n * 1000, Double(bytes) / n / 1024,
                     totals[totals.count / 2], totals[Int(n * 0.99)], totals.last ?? 0))
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
