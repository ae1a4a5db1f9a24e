import Testing
@testable import PaperKit

struct KeywordMatcherTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let keyword: String
        let text: String
        let word: Int
        let substring: Int
        var testDescription: String { "\(keyword) in \(text.debugDescription)" }
    }

    // keyword, text, count in word mode, count in substring mode
    static let cases: [Case] = [
        Case(keyword: "RL", text: "a world model", word: 0, substring: 1),
        Case(keyword: "RL", text: "offline RL for robots", word: 1, substring: 1),
        Case(keyword: "RL", text: "RLHF and RL-based tuning", word: 1, substring: 2),
        Case(keyword: "Fast", text: "breakfast at Tiffany's", word: 0, substring: 1),
        Case(keyword: "Fast", text: "Fast, faster, FAST.", word: 2, substring: 3),
        Case(keyword: "MOE", text: "sparse MoE layers", word: 1, substring: 1),
        Case(keyword: "MoE", text: "the Moebius strip", word: 0, substring: 1),
        Case(keyword: "MOE", text: "MoEs scale; moe", word: 2, substring: 2),
        Case(keyword: "speculative decoding", text: "Speculative\n  decoding speeds up", word: 1, substring: 0),
        Case(keyword: "speculative decoding", text: "speculative decoding", word: 1, substring: 1),
        Case(keyword: "speculative  decoding", text: "speculative\tdecoding", word: 1, substring: 0),
        Case(keyword: "speculative decoding", text: "speculative decoder", word: 0, substring: 0),
        Case(keyword: "speculative decoding", text: "speculative decodings", word: 1, substring: 1),
        Case(keyword: "RL training", text: "RL\r\n\ttraining; rl  trainings", word: 2, substring: 0),
        Case(keyword: "a b", text: "a\n\nb, ab, a bc", word: 1, substring: 1),
        Case(keyword: "LLM-based", text: "LLM-based and LLM based", word: 1, substring: 1),
        Case(keyword: "LLM", text: "LLM-based agents", word: 1, substring: 1),
        Case(keyword: "LLM", text: "(LLM)", word: 1, substring: 1),
        Case(keyword: "LLM", text: "LLMs and LLM's", word: 2, substring: 2),
        Case(keyword: "LLM", text: "LLMSys", word: 0, substring: 1),
        Case(keyword: "LLM", text: "VLLM", word: 0, substring: 1),
        Case(keyword: "LLM", text: "LLM2", word: 0, substring: 1),
        Case(keyword: "Network", text: "neural networks", word: 1, substring: 1),
        Case(keyword: "Kernel", text: "GPU kernels", word: 1, substring: 1),
        Case(keyword: "Pass", text: "two passes", word: 1, substring: 1),
        Case(keyword: "Network", text: "networking", word: 0, substring: 1),
        Case(keyword: "Efficiency", text: "efficiencies", word: 0, substring: 0),
        Case(keyword: "FP8", text: "FP8s", word: 0, substring: 1),
        Case(keyword: "inference", text: "INFERENCE", word: 1, substring: 1),
        Case(keyword: "Attention", text: "self-attention/cross-attention", word: 2, substring: 2),
        Case(keyword: "Training", text: "pre-training and pretraining", word: 1, substring: 2),
        Case(keyword: "RL", text: "", word: 0, substring: 0),
        // non-ASCII text and keywords
        Case(keyword: "LLM", text: "Les LLM génèrent", word: 1, substring: 1),
        Case(keyword: "LLM", text: "éLLM", word: 0, substring: 1),
        Case(keyword: "LLM", text: "LLMé", word: 0, substring: 1),
        Case(keyword: "LLM", text: "大LLM模型", word: 0, substring: 1),
        Case(keyword: "LLM", text: "—LLM—", word: 1, substring: 1),
        Case(keyword: "LLM", text: "LLM\u{00A0}agents", word: 1, substring: 1),
        Case(keyword: "Schrödinger", text: "the SCHRÖDINGER equation", word: 1, substring: 1),
        Case(keyword: "Über", text: "über alles; ÜBER", word: 2, substring: 2),
        Case(keyword: "speculative decoding", text: "speculative\u{00A0}decoding", word: 1, substring: 0),
        Case(keyword: "Straße", text: "STRASSE", word: 0, substring: 0),
    ]

    @Test(arguments: cases)
    func wordMode(_ c: Case) {
        #expect(KeywordMatcher(keywords: [c.keyword], mode: .word).counts(in: c.text) == [c.word])
    }

    @Test(arguments: cases)
    func substringModeIsPythonIn(_ c: Case) {
        #expect(KeywordMatcher(keywords: [c.keyword], mode: .substring).counts(in: c.text) == [c.substring])
    }

    @Test func countsEveryKeywordInOnePass() {
        let m = KeywordMatcher(keywords: ["RL", "RLHF", "Decode", "Decoding", "LLM"], mode: .word)
        #expect(m.counts(in: "RLHF beats RL; decoding, decodes and decode with RLHF") == [1, 2, 2, 1, 0])
    }

    @Test func duplicateKeywordsCountOnce() {
        let m = KeywordMatcher(keywords: ["LLM", "llm", " LLM ", "RL", ""], mode: .word)
        #expect(m.keywords == ["LLM", "RL"])
    }

    @Test func nonOverlappingCounts() {
        #expect(KeywordMatcher(keywords: ["aa"], mode: .substring).counts(in: "aaaa a") == [2])
        #expect(KeywordMatcher(keywords: ["a a"], mode: .word).counts(in: "a a a") == [1])
    }
}
