import Testing
@testable import PaperKit

struct SearchQueryTests {
    @Test(arguments: [
        ("speculative decoding", #""speculative" AND "decoding""#),
        (#""speculative decoding""#, #""speculative decoding""#),
        ("sparse*", #""sparse" *"#),
        ("llm OR agent", #"("llm" OR "agent")"#),
        ("quantum OR neural network", #"("quantum" OR "neural") AND "network""#),
        ("a b OR c OR d e", #""a" AND ("b" OR "c" OR "d") AND "e""#),
        ("attention -survey", #"("attention") NOT "survey""#),
        (#"attention -"large language""#, #"("attention") NOT "large language""#),
        (#"author:"Tao Xie" sparse*"#, #"authors : "Tao Xie" AND "sparse" *"#),
        ("title:kernel abstract:fp8", #"title : "kernel" AND abstract : "fp8""#),
        ("2601.03043", #""2601.03043""#),
        ("NEAR(a b)", #""NEAR(a" AND "b)""#),
        (#"say "hi"#, #""say" AND "hi""#),
        (#"a"b"#, #""a""b""#),
        ("col:umn", #""col:umn""#),
        ("OR sparse", #""sparse""#),
        ("sparse OR", #""sparse""#),
        ("C++ -", #""C++""#),
    ] as [(String, String)])
    func buildsSafeExpressions(input: String, expected: String) {
        #expect(SearchQuery(input).matchExpression == expected)
    }

    @Test(arguments: ["", "   ", "\"", "(", "*", "title:", "\"\"", ") ( ^ :", "- -"])
    func nothingSearchableMeansNoTextFilter(input: String) {
        #expect(SearchQuery(input).isEmpty)
    }

    @Test(arguments: [
        ("-survey", #""survey""#),
        (#"-"black hole" -author:x"#, #""black hole" OR authors : "x""#),
    ] as [(String, String)])
    func excludedWordsAloneBecomeAnExclusion(input: String, expected: String) {
        let query = SearchQuery(input)
        #expect(query.matchExpression == nil && !query.isEmpty)
        #expect(query.exclusionExpression == expected)
    }

    @Test func hugeInputIsBounded() {
        let query = SearchQuery(String(repeating: "word ", count: 2_000) + String(repeating: "x", count: 10_000))
        #expect((query.matchExpression?.count ?? 0) < 5_000)
    }
}
