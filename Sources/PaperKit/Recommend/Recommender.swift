/// Ranks the papers of a range by how much they resemble a set of positive papers, the way
/// arxiv-sanity-lite does (TF-IDF features and a linear SVM, positives against the rest), made to
/// scale: the model learns from the positives and a fixed-seed sample of other papers, and only
/// the range's papers are scored. Why these choices: docs/recommend.md.
public struct Recommender {
    /// Below this many positives there is too little to learn from: `recommend` returns papers
    /// similar to the positives instead.
    public static let minimumPositives = 3

    public var features = FeatureOptions.recommended
    /// Papers drawn as negatives (and as the set the vocabulary and idf are fitted on). A store
    /// with fewer papers than this uses all of them.
    public var negativeSampleSize = 5_000
    /// Fixes the negative sample and the training order: the same store gives the same list.
    public var seed: UInt64 = 0x5EED
    /// The SVM's C, as arxiv-sanity-lite's `LinearSVC(C=0.01)`.
    public var c = 0.01
    /// Reasons given per paper.
    public var reasonCount = 3

    let store: PaperStore

    public init(store: PaperStore) { self.store = store }

    /// The same for the papers of any of `tags` (their union) as positives; a tag that does not
    /// exist is `TagError.unknownTag`.
    public func recommend(tags: [String], filter: PaperFilter = PaperFilter(), limit: Int = 20) throws -> RecommendationSet {
        try recommend(positives: .arxivIDs(try store.taggedIDs(anyOf: tags).map(\.rawValue)), filter: filter, limit: limit)
    }

    /// The best `limit` papers that `filter` admits, positives left out, best first.
    public func recommend(positives: PositivePapers, filter: PaperFilter = PaperFilter(), limit: Int = 20) throws -> RecommendationSet {
        let positiveRows: [Int64]
        switch positives {
        case let .rowIDs(ids): positiveRows = try store.rowsByID(Array(Set(ids))).keys.sorted()
        case let .arxivIDs(ids): positiveRows = Array(Set(try store.rowIDs(arxivIDs: ids))).sorted()
        }
        guard !positiveRows.isEmpty else { throw RecommendError.noPositives }
        if positiveRows.count < Recommender.minimumPositives {
            return try similarFallback(positiveRows, filter: filter, limit: limit)
        }
        let model = try train(positiveRows)
        let excluded = Set(positiveRows)
        var best = TopList(limit: limit)
        var candidates = 0
        try store.forEachDocument(matching: filter) { id, arxivID, document in
            guard !excluded.contains(id) else { return }
            candidates += 1
            best.insert(id: id, arxivID: arxivID, score: model.svm.decision(model.vectorizer.transform(document)))
        }
        let top = best.sorted
        let rows = try store.rowsByID(top.map(\.id))
        let recommendations = top.compactMap { entry in
            rows[entry.id].map { Recommendation(paper: $0, score: entry.score, reasons: model.reasons(for: $0, count: reasonCount)) }
        }
        return RecommendationSet(method: .model, recommendations: recommendations, positiveCount: positiveRows.count,
                                 candidateCount: candidates)
    }

    /// The positives against the negative sample: the fitted vectorizer and the SVM.
    func train(_ positiveRows: [Int64]) throws -> RecommendationModel {
        let positives = try store.papers(positiveRows)
        let negatives = try store.papers(try store.sampleRowIDs(count: negativeSampleSize, seed: seed, excluding: Set(positiveRows)))
        let documents = (positives + negatives).map(RecommendDocument.init)
        var vectorizer = TfidfVectorizer(options: features)
        vectorizer.fit(documents)
        let svm = LinearSVM(examples: documents.map(vectorizer.transform),
                            labels: positives.map { _ in true } + negatives.map { _ in false },
                            featureCount: vectorizer.terms.count, c: c, seed: seed)
        return RecommendationModel(vectorizer: vectorizer, svm: svm)
    }

    /// Papers similar to each positive, merged by reciprocal rank (a paper near several positives
    /// rises), positives left out.
    private func similarFallback(_ positiveRows: [Int64], filter: PaperFilter, limit: Int) throws -> RecommendationSet {
        var merged: [String: Recommendation] = [:]
        let excluded = Set(try store.papers(positiveRows).map(\.arxivID))
        for row in positiveRows {
            for (rank, hit) in try store.similar(toRowID: row, limit: limit + positiveRows.count, filter: filter, reasonCount: reasonCount)
                .enumerated() where !excluded.contains(hit.paper.arxivID) {
                let score = 1 / Double(rank + 1)
                if var seen = merged[hit.paper.arxivID] { seen.score += score; merged[hit.paper.arxivID] = seen } else {
                    merged[hit.paper.arxivID] = Recommendation(paper: hit.paper, score: score, reasons: hit.reasons)
                }
            }
        }
        let ranked = merged.values.sorted { ($0.score, $1.paper.arxivID) > ($1.score, $0.paper.arxivID) }
        return RecommendationSet(method: .similar, recommendations: Array(ranked.prefix(limit)),
                                 positiveCount: positiveRows.count, candidateCount: merged.count)
    }
}

/// A trained model: what `Recommender` scores candidates with.
struct RecommendationModel {
    let vectorizer: TfidfVectorizer
    let svm: LinearSVM

    /// The terms with the largest positive weight × feature value in the paper's vector.
    func reasons(for paper: PaperResult, count: Int) -> [RecommendationReason] {
        let x = vectorizer.transform(RecommendDocument(paper))
        var contributions: [RecommendationReason] = []
        for k in x.indices.indices {
            let value = svm.weights[Int(x.indices[k])] * x.values[k]
            if value > 0 { contributions.append(RecommendationReason(term: vectorizer.terms[Int(x.indices[k])], contribution: value)) }
        }
        contributions.sort { ($0.contribution, $1.term) > ($1.contribution, $0.term) }
        return Array(contributions.prefix(count))
    }
}
