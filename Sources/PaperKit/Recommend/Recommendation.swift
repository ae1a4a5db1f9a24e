/// A term that made a paper rank where it did, and how much it added.
public struct RecommendationReason: Sendable, Equatable {
    /// A word, a word pair (`neural network`), `author:NAME` or `category:CAT`.
    public var term: String
    /// Its share of the score: the model's weight times the paper's feature value (for similar
    /// papers, the term's tf-idf weight in the query).
    public var contribution: Double
}

/// One ranked paper.
public struct Recommendation: Sendable, Equatable {
    public var paper: PaperResult
    /// Higher is more alike. For `.model` the SVM's decision value (above 0: on the positives'
    /// side); for `.similar` a fused rank score in (0, 1].
    public var score: Double
    /// The few terms that contributed most, largest first.
    public var reasons: [RecommendationReason]
}

/// How the recommendations were made.
public enum RecommendationMethod: String, Sendable, Equatable {
    /// A linear SVM trained on the positives against a sample of other papers.
    case model
    /// Fewer than `Recommender.minimumPositives` positives: papers similar to them instead.
    case similar
}

/// The answer of `Recommender.recommend`.
public struct RecommendationSet: Sendable, Equatable {
    public var method: RecommendationMethod
    public var recommendations: [Recommendation]
    /// Positives found in the store (unknown IDs are left out).
    public var positiveCount: Int
    /// Papers of the range that were scored.
    public var candidateCount: Int

    /// One line for the user about how the list was made.
    public var note: String {
        switch method {
        case .model:
            return "ranked \(candidateCount) papers by a model of \(positiveCount) positive papers"
        case .similar:
            return "only \(positiveCount) positive paper\(positiveCount == 1 ? "" : "s") (a model needs "
                + "\(Recommender.minimumPositives)): showing papers similar to \(positiveCount == 1 ? "it" : "them") instead"
        }
    }
}

/// The papers to learn from: row ids (as tags will hold them) or arXiv IDs in any spelling.
public enum PositivePapers: Sendable, Equatable {
    case rowIDs([Int64])
    case arxivIDs([String])
}

/// Recommendation failures the user can fix.
public enum RecommendError: ArxivBotError {
    case noPositives

    public var errorDescription: String? {
        "none of the positive papers is in the store; ingest or backfill them first"
    }

    public var exitCode: ExitStatus { .noInput }
}
