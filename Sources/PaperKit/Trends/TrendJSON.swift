/// A trend as JSON (`trend --format json`, `/api/trends`): the queries, the unit and range, and
/// one object per period with a count and share per query; keys sorted, as every JSON output of the tool.
public enum TrendJSON {
    /// The JSON value of `trend`.
    public static func value(_ trend: Trend) -> JSONText {
        .object([
            ("period", .string(trend.period.rawValue)),
            ("from", .string(trend.range.from.description)),
            ("to", .string(trend.range.to.description)),
            ("queries", .array(trend.queries.enumerated().map { i, query in
                .object([("query", .string(query)), ("total", .number(Double(trend.total(of: i))))])
            })),
            ("periods", .array(trend.rows.map(row))),
        ])
    }

    /// The text, pretty-printed or compact, with a final newline.
    public static func render(_ trend: Trend, pretty: Bool = true) -> String {
        value(trend).rendered(pretty: pretty) + "\n"
    }

    static func row(_ row: TrendRow) -> JSONText {
        .object([
            ("period", .string(row.label)),
            ("first", .string(row.first.description)),
            ("last", .string(row.last.description)),
            ("total", .number(Double(row.total))),
            ("counts", .array(row.counts.map { .number(Double($0)) })),
            ("shares", .array(row.counts.indices.map { .number((row.share($0) * 1e6).rounded() / 1e6) })),
            ("closed", .bool(row.closed)),
            ("incomplete", .bool(row.incomplete)),
            ("missing_days", .number(Double(row.missingDays))),
        ])
    }
}
