import Foundation
import Testing
@testable import PaperKit

struct ScorerTests {
    static let seed = Scorer(configuration: Configuration())

    @Test(arguments: [
        // title, abstract, expected score
        ("Nothing relevant", "Birds and bees.", 0.0),
        ("An LLM paper", "Nothing else here.", 1.5),
        ("A paper", "We study LLM inference.", 2.0),
        ("LLM inference", "LLM inference at scale.", 3.0),
        ("Fast kernels for LLMs", "Our kernels are fast on GPUs.", 4.5),
        ("Breakfast in the world", "A worldly breakfast.", 0.0),
    ] as [(String, String, Double)])
    func seedScoreArithmetic(title: String, abstract: String, score: Double) {
        #expect(Self.seed.score(title: title, abstract: abstract).score == score)
    }

    @Test func substringModeReproducesTheOldBot() {
        let old = Scorer(keywords: ["RL", "Fast"], mode: .substring)
        let r = old.score(title: "Breakfast in the world", abstract: "A worldly breakfast.")
        #expect(r.score == 3.0)
        #expect(r.hits == [
            KeywordHit(keyword: "RL", field: .title, count: 1), KeywordHit(keyword: "RL", field: .abstract, count: 1),
            KeywordHit(keyword: "Fast", field: .title, count: 1), KeywordHit(keyword: "Fast", field: .abstract, count: 1),
        ])
    }

    @Test func substringModeMatchesAcrossTheTitleAbstractJunction() {
        let old = Scorer(keywords: ["learning methods"], mode: .substring)
        let r = old.score(title: "Deep learning", abstract: "Methods are compared.")
        #expect(r.score == 1.0)
        #expect(r.hits == [KeywordHit(keyword: "learning methods", field: .abstract, count: 1)])
        let word = Scorer(keywords: ["learning methods"], mode: .word)
        #expect(word.score(title: "Deep learning", abstract: "Methods are compared.").score == 0)
    }

    @Test func hitsArePerFieldWithCounts() {
        let s = Scorer(keywords: ["LLM", "Inference", "Kernel"], mode: .word)
        let r = s.score(title: "LLM inference", abstract: "LLMs, LLM-based inference,\nand more LLM work.")
        #expect(r.score == 3.0)
        #expect(r.hits == [
            KeywordHit(keyword: "LLM", field: .title, count: 1), KeywordHit(keyword: "LLM", field: .abstract, count: 3),
            KeywordHit(keyword: "Inference", field: .title, count: 1), KeywordHit(keyword: "Inference", field: .abstract, count: 1),
        ])
    }

    @Test func duplicateKeywordsScoreOnce() {
        let s = Scorer(keywords: ["LLM", "llm", "LLM"], mode: .word)
        #expect(s.score(title: "LLM", abstract: "").score == 1.5)
    }

    @Test(arguments: [MatchMode.word, .substring])
    func exclusionMarksButStillScores(mode: MatchMode) {
        let s = Scorer(keywords: ["LLM"], excludeKeywords: ["survey", "review", "tutorial"], mode: mode)
        let r = s.score(title: "A Survey of LLM serving", abstract: "We review tutorials.")
        #expect(r.excluded)
        #expect(r.excludedBy == ["survey", "review", "tutorial"])
        #expect(r.score == 1.5)
        let clean = s.score(title: "LLM serving", abstract: "Nothing to see.")
        #expect(!clean.excluded && clean.excludedBy.isEmpty)
    }

    @Test func exclusionUsesWholeWordsInWordMode() {
        let word = Scorer(keywords: [], excludeKeywords: ["review"], mode: .word)
        #expect(!word.score(title: "Peer-reviewed results", abstract: "").excluded)
        #expect(word.score(title: "A review", abstract: "").excluded)
        let old = Scorer(keywords: [], excludeKeywords: ["review"], mode: .substring)
        #expect(old.score(title: "Peer-reviewed results", abstract: "").excluded)
    }

    @Test func nonASCIITextScores() {
        let r = Self.seed.score(title: "Modèles LLM rapides", abstract: "Une étude de l’inférence et de l'optimisation: Inference.")
        #expect(r.score == 2.5)
        #expect(r.hits.map(\.keyword) == ["LLM", "Inference"])
    }

    @Test func matchModeComesFromConfiguration() throws {
        let c = try Configuration.decode(data: Data(#"{"match": "substring", "keywords": ["RL"]}"#.utf8), source: "c.json")
        #expect(Scorer(configuration: c).score(title: "world", abstract: "").score == 1.5)
    }
}
