import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// Each request goes to the plan meant for it, and every plan binds exactly as many values as its
/// SQL declares: `Statement.bind` refuses any other count (`StoreError.parameterCount`), so a plan
/// whose fragments drifted apart fails here, with every filter set at once and with none.
struct SearchPlanTests {
    static func request(_ text: String, sort: PaperSort = .relevance, filtered: Bool = false) -> SearchRequest {
        var request = SearchRequest(text: text)
        request.sort = sort
        if filtered {
            request.filter.since = Day(iso: "2000-01-01")
            request.filter.until = Day(iso: "2030-12-31")
            request.filter.categories = ["cs.AI", "cs.LG"]
            request.filter.author = "a"
            request.filter.minScore = -100
            request.filter.types = [.new, .cross, .replace]
        }
        return request
    }

    @Test func eachRequestGetsItsPlan() {
        func plan(_ request: SearchRequest, _ engine: FullTextEngine = .custom) -> String {
            "\(SearchPlan(request, engine: engine))".prefix { $0 != "(" }.description
        }
        #expect(plan(Self.request("2607.12345")) == "lookup")
        #expect(plan(Self.request("https://arxiv.org/abs/2607.12345v2")) == "lookup")
        #expect(plan(Self.request("agents")) == "relevance")
        #expect(plan(Self.request("agents", filtered: true)) == "filteredRelevance")
        #expect(plan(Self.request("agents"), .builtin) == "builtinRelevance")
        #expect(plan(Self.request("agents", filtered: true), .builtin) == "builtinRelevance")
        #expect(plan(Self.request("agents", sort: .date)) == "sorted")
        #expect(plan(Self.request("agents", sort: .score), .builtin) == "sorted")
        #expect(plan(Self.request("-agents")) == "sorted")
        #expect(plan(Self.request("")) == "sorted")
        var raw = Self.request("2607.12345")
        raw.raw = true
        #expect(plan(raw) == "relevance", "raw text is a MATCH expression, never an ID lookup")
    }

    @Test(arguments: [FullTextEngine.custom, .builtin])
    func everyPlanBindsTheValuesItsSQLDeclares(engine: FullTextEngine) throws {
        let harness = try IngestHarness()
        _ = try harness.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")))
        let store = try PaperStore(path: harness.temp.path, fullText: engine)
        let anID = try #require(try store.database.prepare("SELECT arxiv_id FROM papers LIMIT 1").first { $0.text(0) })
        let texts = [anID, "agents", "\"language model\" OR reason*", "-agents", ""]
        for text in texts {
            for sort in PaperSort.allCases {
                for filtered in [false, true] {
                    let results = try store.search(Self.request(text, sort: sort, filtered: filtered))
                    if !filtered { #expect(!results.isEmpty, "\(text) sorted by \(sort)") }
                }
            }
        }
        // The filters narrow: an author pattern nobody matches leaves every plan empty.
        for text in texts {
            var request = Self.request(text, filtered: true)
            request.filter.author = "no such author anywhere"
            #expect(try store.search(request).isEmpty)
        }
    }

    @Test func aMisalignedValueIsRefusedBeforeAnythingRuns() throws {
        let store = try TemporaryStore().store
        let fragment = SQLFragment("SELECT count(*) FROM papers WHERE id > ? AND score > ?", [.int(0)])
        #expect(try store.database.prepare(fragment.text).parameterCount == 2)
        #expect(throws: StoreError.self) { try store.database.prepare(fragment.text).first(fragment.values) { $0.int(0) } }
        let joined = [SQLFragment("id > ?", [.int(0)]), "excluded = 0", SQLFragment("score > ?", [.double(1)])].whereClause
        #expect(joined.text == " WHERE id > ? AND excluded = 0 AND score > ?")
        #expect(joined.values == [.int(0), .double(1)])
        #expect(SQLFragment.list([.text("a"), .text("b")]).text == "?, ?")
    }
}
