/// Where in a paper a keyword was found.
public enum PaperField: String, Sendable, Equatable, CaseIterable {
    case title, abstract
}

/// One keyword found in one field, with how often.
public struct KeywordHit: Sendable, Equatable {
    /// The keyword as configured (first spelling, if the configuration repeats it in another case).
    public var keyword: String
    public var field: PaperField
    public var count: Int

    public init(keyword: String, field: PaperField, count: Int) {
        self.keyword = keyword
        self.field = field
        self.count = count
    }
}

/// A paper's score and the hits that explain it.
public struct ScoreResult: Sendable, Equatable {
    /// +1.0 per keyword found anywhere, +0.5 more per keyword found in the title.
    public var score: Double
    /// In keyword order, title before abstract; a keyword in both fields gives two hits.
    public var hits: [KeywordHit]
    /// True when an exclude keyword occurs; the score is still computed.
    public var excluded: Bool { !excludedBy.isEmpty }
    /// The exclude keywords found, as configured.
    public var excludedBy: [String]

    public init(score: Double, hits: [KeywordHit], excludedBy: [String]) {
        self.score = score
        self.hits = hits
        self.excludedBy = excludedBy
    }
}
