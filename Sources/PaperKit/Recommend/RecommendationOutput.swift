import Foundation

/// Recommendations and similar papers as JSON and CSV: the paper's identifying fields, the score
/// and the reasons (`similar` and `recommend` print these; query's formats have no score column).
public enum RecommendationOutput {
    /// The CSV columns, in order.
    public static let csvHeader = ["arxiv_id", "version", "date", "primary_category", "title", "score", "reasons", "url"]

    /// One JSON object per recommendation, in order.
    public static func json(_ recommendations: [Recommendation], method: RecommendationMethod? = nil) -> JSONText {
        .array(recommendations.map { r in
            var members: [(key: String, value: JSONText)] = [
                ("arxiv_id", .string(r.paper.arxivID)),
                ("version", r.paper.version.map { .number(Double($0)) } ?? .null),
                ("date", r.paper.date.map { .string($0.description) } ?? .null),
                ("primary_category", r.paper.primaryCategory.map(JSONText.string) ?? .null),
                ("categories", .array(r.paper.categories.map(JSONText.string))),
                ("title", .string(r.paper.title)),
                ("authors", .array(r.paper.authors.map(JSONText.string))),
                ("url", .string(r.paper.url)),
                ("score", .number(rounded(r.score))),
                ("reasons", .array(r.reasons.map { .object([("term", .string($0.term)), ("contribution", .number(rounded($0.contribution)))]) })),
            ]
            if let method { members.append(("method", .string(method.rawValue))) }
            return .object(members)
        })
    }

    /// The CSV text, header first.
    public static func csv(_ recommendations: [Recommendation]) -> String {
        let writer = CSVWriter()
        var out = writer.row(csvHeader)
        for r in recommendations {
            out += writer.row([r.paper.arxivID, r.paper.version.map(String.init) ?? "", r.paper.date?.description ?? "",
                               r.paper.primaryCategory ?? "", r.paper.title, String(format: "%.6f", r.score),
                               r.reasons.map(\.term).joined(separator: "; "), r.paper.url])
        }
        return out
    }

    /// Six significant decimals: the score's noise beyond that is the solver's, not the paper's.
    static func rounded(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
}
