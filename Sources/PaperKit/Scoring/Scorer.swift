/// Scores a paper the way the old Python bot did, and says why.
///
/// For each keyword: +1.0 if it occurs in title or abstract (however often), +0.5 more if it occurs in the
/// title. A paper containing an exclude keyword is marked excluded (same match mode) but still scored.
///
/// In `substring` mode the old bot tested `kw.lower() in (title + " " + abstract).lower()`, so a keyword
/// spanning the end of the title and the start of the abstract counted; that is reproduced, and such a match
/// is reported as an abstract hit. In `word` mode nothing matches across the title/abstract junction.
public struct Scorer: Sendable {
    public let keywords: KeywordMatcher
    public let excludeKeywords: KeywordMatcher

    public init(keywords: [String], excludeKeywords: [String] = [], mode: MatchMode = .word) {
        self.keywords = KeywordMatcher(keywords: keywords, mode: mode)
        self.excludeKeywords = KeywordMatcher(keywords: excludeKeywords, mode: mode)
    }

    public init(configuration: Configuration) {
        self.init(keywords: configuration.keywords, excludeKeywords: configuration.excludeKeywords,
                  mode: configuration.match)
    }

    public var mode: MatchMode { keywords.mode }

    public func score(title: String, abstract: String) -> ScoreResult {
        // One folded buffer: title, a junction byte, abstract. The junction is a space in substring mode (as in
        // the old bot) and a NUL in word mode: a boundary that no phrase can cross.
        var text: [UInt8] = []
        text.reserveCapacity(title.utf8.count + abstract.utf8.count + 1)
        TextFolding.append(title, mode: mode, to: &text)
        let titleEnd = text.count
        text.append(mode == .word ? 0 : 0x20)
        TextFolding.append(abstract, mode: mode, to: &text)

        let n = keywords.keywords.count
        var inTitle = [Int](repeating: 0, count: n)
        var inAbstract = [Int](repeating: 0, count: n)
        keywords.scan(text) { k, _, end in
            if end <= titleEnd { inTitle[k] += 1 } else { inAbstract[k] += 1 }
        }

        var score = 0.0
        var hits: [KeywordHit] = []
        for k in 0..<n where inTitle[k] > 0 || inAbstract[k] > 0 {
            let keyword = keywords.keywords[k]
            score += 1.0
            if inTitle[k] > 0 {
                score += 0.5
                hits.append(KeywordHit(keyword: keyword, field: .title, count: inTitle[k]))
            }
            if inAbstract[k] > 0 { hits.append(KeywordHit(keyword: keyword, field: .abstract, count: inAbstract[k])) }
        }

        var excludedBy: [String] = []
        if !excludeKeywords.keywords.isEmpty {
            var found = [Bool](repeating: false, count: excludeKeywords.keywords.count)
            excludeKeywords.scan(text) { k, _, _ in found[k] = true }
            excludedBy = excludeKeywords.keywords.indices.filter { found[$0] }.map { excludeKeywords.keywords[$0] }
        }
        return ScoreResult(score: score, hits: hits, excludedBy: excludedBy)
    }
}
