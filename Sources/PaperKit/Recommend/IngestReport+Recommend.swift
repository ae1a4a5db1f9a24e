extension IngestReport {
    /// `recommended 7 new papers from mine (2026-07-27); arxiv-bot recommend --tag mine --from ...`:
    /// the papers of the day just read that the model of `tags` puts on the tagged papers' side
    /// (a decision value above 0), or, under 3 tagged papers, the 10 most similar. Nil without tags.
    public func recommendedLine(tags: [String], in store: PaperStore) throws -> String? {
        guard !tags.isEmpty else { return nil }
        let range = try summaryRange()
        let set = try Recommender(store: store).recommend(tags: tags, filter: PaperFilter(dated: range), limit: 1_000)
        let count = set.method == .model ? set.recommendations.filter { $0.score > 0 }.count : min(10, set.recommendations.count)
        let flags = tags.map { "--tag \($0)" }.joined(separator: " ")
        return "recommended \(count) new paper\(count == 1 ? "" : "s") from \(tags.joined(separator: ", ")) (\(range.label))"
            + (set.method == .similar ? ", by similarity (fewer than \(Recommender.minimumPositives) tagged)" : "")
            + "; arxiv-bot recommend \(flags) --from \(range.from) --to \(range.to) lists them"
    }
}
