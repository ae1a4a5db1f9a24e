/// Scores a paper the way the old Python bot did, and says why.
///
/// For each keyword: +1.0 if it occurs in title or abstract (however often), +0.5 more if it occurs in the
/// title. A paper containing an exclude keyword is marked excluded (same match mode) but still scored.
///
/// In `substring` mode the old bot tested `kw.lower() in (title + " " + abstract).lower()`, so a keyword
/// spanning the end of the title and the start of the abstract counted; that is reproduced, and such a match
/// is reported as an abstract hit. In `word` mode nothing matches across the title/abstract junction.
public struct Scorer: Sendable {
    /// Keywords and exclude keywords in one matcher, so each paper is scanned once.
    private let matcher: KeywordMatcher
    private let excludeStart: Int

    public init(keywords: [String], excludeKeywords: [String] = [], mode: MatchMode = .word) {
        matcher = KeywordMatcher(groups: [keywords, excludeKeywords], mode: mode)
        excludeStart = matcher.groupStarts[1]
    }

    public init(configuration: Configuration) {
        self.init(keywords: configuration.keywords, excludeKeywords: configuration.excludeKeywords,
                  mode: configuration.match)
    }

    public var mode: MatchMode { matcher.mode }
    /// Everything a score depends on, as text: two scorers with the same fingerprint score every
    /// paper alike. An interrupted rescore continues only under the same one.
    public var fingerprint: String {
        [mode.rawValue, keywords.joined(separator: "\u{1E}"), excludeKeywords.joined(separator: "\u{1E}")].joined(separator: "\u{1F}")
    }
    /// The scoring keywords, duplicates (ignoring case) removed.
    public var keywords: [String] { Array(matcher.keywords[..<excludeStart]) }
    /// The exclude keywords, duplicates (ignoring case) removed.
    public var excludeKeywords: [String] { Array(matcher.keywords[excludeStart...]) }

    /// The paper's score (+1 per keyword in title or abstract, +0.5 more per keyword in the title),
    /// its hits per field with counts, and the exclude keywords it contains.
    public func score(title: String, abstract: String) -> ScoreResult {
        // One folded buffer: title, a junction byte, abstract. The junction is a space in substring mode (as in
        // the old bot) and a NUL in word mode: a boundary that no phrase can cross.
        let (text, titleEnd) = TextFolding.fold(title, abstract, separator: mode == .word ? 0 : 0x20, mode: mode)
        let all = matcher.keywords
        var inTitle = [Int](repeating: 0, count: all.count)
        var inAbstract = [Int](repeating: 0, count: all.count)
        matcher.scan(text) { k, _, end in
            if end <= titleEnd { inTitle[k] += 1 } else { inAbstract[k] += 1 }
        }

        var score = 0.0
        var hits: [KeywordHit] = []
        var excludedBy: [String] = []
        for k in all.indices where inTitle[k] > 0 || inAbstract[k] > 0 {
            if k >= excludeStart { excludedBy.append(all[k]); continue }
            score += 1.0
            if inTitle[k] > 0 {
                score += 0.5
                hits.append(KeywordHit(keyword: all[k], field: .title, count: inTitle[k]))
            }
            if inAbstract[k] > 0 { hits.append(KeywordHit(keyword: all[k], field: .abstract, count: inAbstract[k])) }
        }
        return ScoreResult(score: score, hits: hits, excludedBy: excludedBy)
    }
}
