import Foundation
import PaperKit

/// What `watch list` and `watch show` print.
enum WatchPrinter {
    /// One line per watch: name, count on the day, count in the 7 days up to it, what it selects.
    static func table(_ counts: [WatchCount], day: Day) -> String {
        let width = max(5, counts.map(\.watch.name.count).max() ?? 0)
        func pad(_ text: String, _ n: Int) -> String { text + String(repeating: " ", count: max(0, n - text.count)) }
        func left(_ text: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - text.count)) + text }
        var out = pad("watch", width) + "  " + left(day.description, 10) + "  " + left("7 days", 6) + "  selects\n"
        for count in counts {
            out += pad(count.watch.name, width) + "  " + left("\(count.day)", 10) + "  " + left("\(count.week)", 6)
                + "  " + Console.printable(count.watch.summary) + "\n"
        }
        return out
    }

    static func json(_ counts: [WatchCount], day: Day) throws -> String {
        let rows: [[String: Any]] = counts.map { count in
            ["name": count.watch.name, "day": day.description, "today": count.day, "last_7_days": count.week,
             "query": count.watch.searchText]
        }
        let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The watch's fields, then the equivalent query command.
    static func details(_ watch: Watch) -> String {
        var lines = ["watch \(watch.name)"]
        if let query = watch.query { lines.append("  query:      \(query)") }
        if !watch.authors.isEmpty { lines.append("  authors:    \(watch.authors.joined(separator: "; "))") }
        if !watch.categories.isEmpty { lines.append("  categories: \(watch.categories.joined(separator: ", "))") }
        if let minScore = watch.minScore { lines.append("  min_score:  \(minScore)") }
        if !watch.exclude.isEmpty { lines.append("  exclude:    \(watch.exclude.joined(separator: ", "))") }
        if !watch.types.isEmpty { lines.append("  types:      \(watch.types.map(\.rawValue).joined(separator: ", "))") }
        lines.append("same papers as:")
        lines.append("  \(watch.commandLine)")
        return lines.map(Console.printable).joined(separator: "\n") + "\n"
    }
}
