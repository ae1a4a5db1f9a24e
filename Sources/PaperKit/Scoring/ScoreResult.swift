// TEMPORARY placeholder until the config branch lands.
public struct KeywordHit: Hashable, Sendable {
    public enum Field: String, Sendable { case title, abstract }
    public var keyword: String
    public var field: Field
    public var count: Int
}
public struct ScoreResult: Sendable {
    public var score: Double
    public var hits: [KeywordHit]
    public var excluded: Bool
}
