import Foundation

/// "Recommended from your library": the papers of a digest's range most like the tagged ones
/// that the keyword selection did not already list, each with the terms behind it
/// (`report --recommend TAG`). In the digest template (markdown and html) and the JSON report.
public struct RecommendedSection: Sendable, Equatable {
    /// The tags learnt from.
    public var tags: [String]
    public var entries: [Recommendation]
    /// How the list was made (`RecommendationSet.note`), shown under the title.
    public var note: String

    public init(tags: [String], entries: [Recommendation], note: String) {
        self.tags = tags
        self.entries = entries
        self.note = note
    }

    public static let title = "Recommended from your library"

    /// `Tags: mine · model of 12 papers`
    public var subtitle: String { "From " + tags.joined(separator: ", ") + ": " + note }

    /// `transformer, attention, category:cs.LG`: a paper's reasons, largest first.
    public static func reasons(_ r: Recommendation) -> String { r.reasons.map(\.term).joined(separator: ", ") }
}

extension DigestBuilder {
    /// The section for `tags` over `range`: the best `limit` recommendations that `digest` does
    /// not already list. Nil when `tags` is empty.
    public func recommendedSection(tags: [String], for digest: Digest, limit: Int) throws -> RecommendedSection? {
        guard !tags.isEmpty else { return nil }
        let listed = Set(digest.entries.map(\.paper.arxivID))
        let set = try Recommender(store: store).recommend(tags: tags, filter: PaperFilter(dated: digest.range), limit: limit + listed.count)
        let entries = set.recommendations.filter { !listed.contains($0.paper.arxivID) }.prefix(limit)
        return RecommendedSection(tags: tags, entries: Array(entries), note: set.note)
    }
}
