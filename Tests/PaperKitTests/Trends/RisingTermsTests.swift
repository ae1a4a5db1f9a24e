import Testing
@testable import PaperKit

/// Rising terms on a constructed store where every share is known: 10 titles in the last 7 days,
/// 20 in the 21 days before.
struct RisingTermsTests {
    let temp: TemporaryStore
    let today = Day(iso: "2026-07-31")!

    init() throws {
        temp = try TemporaryStore()
        var n = 0
        func add(_ title: String, on day: Day, category: String = "cs.LG") throws {
            n += 1
            let id = "2607.\(String(10000 + n))"
            try temp.store.write(record(id, title: title, categories: [category], announced: day.description, published: day.description),
                                 score: noScore, now: "2026-07-31T06:00:00Z")
        }
        for i in 0..<20 {  // before: 2026-07-04 ... 2026-07-24
            try add(i < 2 ? "Diffusion models for graphs \(i)" : "Graph networks for molecules", on: today.adding(days: -8 - i % 21))
        }
        for i in 0..<10 {  // recent: 2026-07-25 ... 2026-07-31
            let title = i < 6 ? "Diffusion models" : i < 8 ? "Quasicrystal lattices" : "Graph networks again"
            try add(title, on: today.adding(days: -(i % 7)))
        }
        try add("Diffusion models in physics", on: today, category: "physics.flu-dyn")
    }

    @Test func theShareOfAKnownTermAndItsGrowth() throws {
        var filter = PaperFilter()
        filter.categories = ["cs.LG"]
        let terms = try RisingTerms(store: temp.store).find(RisingTermsRequest(days: 7, filter: filter, limit: 10, today: today))
        let top = try #require(terms.first)
        #expect(top.term == "diffusion")
        #expect(terms.map(\.term).prefix(3) == ["diffusion", "diffusion models", "models"])
        #expect((top.recentCount, top.beforeCount) == (6, 2))
        #expect(abs(top.recentShare - 0.6) < 1e-12 && abs(top.beforeShare - 0.1) < 1e-12)
        #expect(abs(top.growth - (7.0 / 11.0) / (3.0 / 21.0)) < 1e-12)
        #expect(!terms.contains { $0.term.contains("quasicrystal") }, "2 titles is under the minimum count of 5")
        #expect(!terms.contains { $0.term == "graph" }, "a falling term is not rising")
        #expect(!terms.contains { $0.term.split(separator: " ").contains { TitleTerms.stopWords.contains(String($0)) } })
    }

    @Test func titlesAreTokenizedIntoUnigramsAndBigrams() {
        #expect(TitleTerms.terms(of: "Scaling Laws for LLM-based Agents (2nd ed.)")
                == ["scaling", "laws", "scaling laws", "llm", "based", "llm based", "agents", "based agents", "agents 2nd", "2nd", "ed", "2nd ed"])
        #expect(TitleTerms.terms(of: "On the 3 of it") == [])
    }
}
