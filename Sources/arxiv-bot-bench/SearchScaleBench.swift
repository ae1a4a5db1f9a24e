import Foundation
import PaperKit

/// `--phase search-scale`: the 20 searches of bench/search-scale-queries.tsv over a big store
/// (the import phase's), top 20 by relevance. For each: the matches, the rows the rank scored,
/// p50 and p99 of the search in process (the CLI's kind of connection: page, rows and snippets),
/// the same with every match scored (`RelevancePlan.scoreEveryMatch`, the path before the search
/// bounds), and the median wall time of the whole `arxiv-bot query` command. Builds the bounds
/// first when the store has none (or with --rebuild), and times that build.
struct SearchScaleBench {
    var database: String
    var queries: String
    var cli: String
    var config: String
    var runs: Int
    var rebuild: Bool
    /// With --rebuild: rowids per block instead of the default for the store's size.
    var blockSize: Int64?

    struct Search {
        var kind: String
        var text: String
        var filters: [String]
    }

    func run(distinct path: String? = nil) throws {
        let store = try PaperStore(path: database)
        let existing = try store.searchBoundsState()?.summary
        if rebuild || existing == nil {
            Figures.note("building the search bounds of \(database)")
            let rows = try store.counts().papers
            let build = try store.buildSearchBounds(blockSize.map {
                SearchBoundsBuilder(blockSize: $0, minDocuments: SearchBoundsBuilder(rows: Int64(rows)).minDocuments)
            })
            print("bounds: \(build.summary); " + (try store.searchBoundsState()?.summary ?? ""))
        } else if let existing {
            print("bounds: " + existing)
        }
        if let path { return try distinct(path) }
        let searches = try Self.load(queries)
        print("| kind | query | filters | matches | scored | p50 ms | p99 ms | every match p50 ms | command ms |")
        print("|---|---|---|---:|---:|---:|---:|---:|---:|")
        var p50s: [Double] = [], commands: [Double] = []
        for search in searches {
            let request = try Self.request(search)
            store.relevancePlan = .auto
            let page = try store.searchPage(request)
            let matches = try store.count(request)
            let timed = try time { _ = try store.search(request) }
            store.relevancePlan = .scoreEveryMatch
            let exhaustive = try time { _ = try store.search(request) }
            let command = try commandMedian(search)
            p50s.append(timed.p50)
            commands.append(command)
            print("| \(search.kind) | `\(search.text)` | \(search.filters.joined(separator: " ")) | \(matches) | \(page.scored.map(String.init) ?? "-") | "
                  + String(format: "%.2f | %.2f | %.2f | %.0f |", timed.p50, timed.p99, exhaustive.p50, command))
        }
        print(String(format: "\nmedian of the p50s: %.2f ms in process; whole command median %.1f ms, slowest %.0f ms",
                     Self.median(p50s), Self.median(commands), commands.max() ?? 0))
    }

    /// `--distinct FILE`: searches (one a line, `+` between words, as scripts/bench-serve writes
    /// them) once each on serve's kind of connection, in a snapshot, after one round to keep the
    /// document counts: the distribution, and the slowest with their matches and scored rows.
    func distinct(_ path: String) throws {
        let queries = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").prefix(2_000)
            .map { $0.replacingOccurrences(of: "+", with: " ") }
        let store = try PaperStore(readOnlyPath: database)
        for text in queries { _ = try store.snapshot { try store.searchPage(SearchRequest(text: text)) } }
        var timed: [(ms: Double, text: String, scored: Int)] = []
        for text in queries {
            let started = Date()
            let page = try store.snapshot { () -> SearchPage in
                let page = try store.searchPage(SearchRequest(text: text))
                _ = try store.search(SearchRequest(text: text))
                return page
            }
            timed.append((Date().timeIntervalSince(started) * 1000, text, page.scored ?? -1))
        }
        let sorted = timed.map(\.ms).sorted()
        print(String(format: "distinct searches, serve's connection: %d, p50 %.2f ms, p90 %.2f, p99 %.2f, max %.1f, mean %.2f",
                     sorted.count, sorted[sorted.count / 2], sorted[sorted.count * 9 / 10], sorted[sorted.count * 99 / 100],
                     sorted.last ?? 0, sorted.reduce(0, +) / Double(sorted.count)))
        for slow in timed.sorted(by: { $0.ms > $1.ms }).prefix(15) {
            let matches = try store.count(SearchRequest(text: slow.text))
            print(String(format: "  %.1f ms  %@  (%d matches, %d scored)", slow.ms, slow.text, matches, slow.scored))
        }
    }

    /// The middle value, or the mean of the two middle ones (as Python's `statistics.median`,
    /// which bench/tantivy_bench.py reports).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// p50 and p99 in milliseconds of `runs` runs after 3 to warm up.
    private func time(_ body: () throws -> Void) throws -> (p50: Double, p99: Double) {
        for _ in 0..<3 { try body() }
        var times: [Double] = []
        for _ in 0..<runs {
            let started = Date()
            try body()
            times.append(Date().timeIntervalSince(started) * 1000)
        }
        times.sort()
        return (times[times.count / 2], times[min(times.count - 1, Int(Double(times.count) * 0.99))])
    }

    /// The median wall time of 7 runs (after one to warm up) of the CLI's `query`.
    private func commandMedian(_ search: Search) throws -> Double {
        let arguments = ["query", search.text, "--config", config, "--db", database, "--limit", "20"] + search.filters
        var times: [Double] = []
        for round in 0..<8 {
            let run = try ChildRun.run(cli, arguments, log: "/dev/null", watching: database + "-wal")
            guard run.exitCode == 0 else { throw BenchError("arxiv-bot query \(search.text) ended with \(run.ending)") }
            if round > 0 { times.append(run.seconds * 1000) }
        }
        times.sort()
        return times[times.count / 2]
    }

    static func load(_ path: String) throws -> [Search] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else { return nil }
            return Search(kind: fields[0], text: fields[1], filters: fields.count > 2 ? fields[2].split(separator: " ").map(String.init) : [])
        }
    }

    /// The request `arxiv-bot query TEXT FILTERS --limit 20` makes, for the filters the list uses.
    static func request(_ search: Search) throws -> SearchRequest {
        var request = SearchRequest(text: search.text)
        var flags = search.filters.makeIterator()
        while let flag = flags.next() {
            guard let value = flags.next() else { throw BenchError("\(flag) needs a value") }
            switch flag {
            case "--category": request.filter.categories.append(value)
            case "--since": request.filter.since = Day(iso: value)
            case "--until": request.filter.until = Day(iso: value)
            case "--min-score": request.filter.minScore = Double(value)
            default: throw BenchError("the bench reads no \(flag)")
            }
        }
        return request
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
