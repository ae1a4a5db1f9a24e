import Foundation

/// A trend as text: an aligned table with a sparkline column (one bar per query, `▁` to `█`,
/// scaled to the query's own largest period), or RFC 4180 CSV through `CSVWriter`.
public struct TrendTable {
    /// Show each query's share of the period's papers beside its count.
    public var showShare: Bool

    /// A renderer; `showShare` adds a share column per query to the table.
    public init(showShare: Bool = false) { self.showShare = showShare }

    static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The table, one line per period, `\n` line ends.
    public func table(_ trend: Trend) -> String {
        var header = [trend.period.rawValue]
        for query in trend.queries {
            header.append(Self.clip(query))
            if showShare { header.append("share") }
        }
        header += ["all papers", String(Self.bars), "note"]
        let peaks = trend.queries.indices.map { i in trend.rows.map { $0.counts[i] }.max() ?? 0 }
        var lines = [header]
        for row in trend.rows {
            var cells = [row.label]
            for i in trend.queries.indices {
                cells.append(String(row.counts[i]))
                if showShare { cells.append(Self.percent(row.share(i))) }
            }
            let spark = trend.queries.indices.map { Self.bar(row.counts[$0], peak: peaks[$0]) }
            cells += [String(row.total), String(spark), row.note]
            lines.append(cells)
        }
        let widths = header.indices.map { c in lines.map { $0[c].count }.max() ?? 0 }
        return lines.map { cells in
            cells.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                // Numbers right-aligned, the label, sparkline and note left-aligned.
                return c == 0 || c >= cells.count - 2 ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }

    /// CSV: `period,first,last,query,count,total,share,closed,incomplete`, one line per period and
    /// query; `excelSafe` as `export --excel-safe` (a query such as `-survey` would start a formula).
    public func csv(_ trend: Trend, excelSafe: Bool = false) -> String {
        let writer = CSVWriter(excelSafe: excelSafe)
        var out = writer.row(["period", "first", "last", "query", "count", "total", "share", "closed", "incomplete"])
        for row in trend.rows {
            for (i, query) in trend.queries.enumerated() {
                out += writer.row([row.label, row.first.description, row.last.description, query, String(row.counts[i]),
                                   String(row.total), Self.fraction(row.share(i)), String(row.closed), String(row.incomplete)])
            }
        }
        return out
    }

    /// `▁` for the smallest non-zero count up to `█` for `peak`; a space for none.
    static func bar(_ count: Int, peak: Int) -> Character {
        guard count > 0, peak > 0 else { return " " }
        return bars[min(bars.count - 1, (count * bars.count - 1) / peak)]
    }

    /// `2.9%`, `0.05%` below a tenth of a percent, `0%` for none.
    public static func percent(_ share: Double) -> String {
        if share == 0 { return "0%" }
        let value = share * 100
        let digits = value < 0.1 ? 2 : 1
        return String(format: "%.\(digits)f%%", value)
    }

    /// The share with six decimals, as CSV and JSON carry it.
    static func fraction(_ share: Double) -> String { String(format: "%.6f", share) }

    /// A query as a column header: at most 24 characters.
    static func clip(_ text: String) -> String { text.count <= 24 ? text : String(text.prefix(23)) + "…" }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
