import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// API backfill with recorded API pages: pagination, zero results, the error entry, window splitting.
struct BackfillAPITests {
    static func cassette(_ name: String) throws -> (status: Int, body: Data) {
        let json = try #require(try JSONSerialization.jsonObject(with: Fixtures.data("atom/recorded-http-2026/\(name)")) as? [String: Any])
        return (try #require(json["status_code"] as? Int), Data(try #require(json["body"] as? String).utf8))
    }

    static func ids(_ data: Data, categories: [String]? = nil) throws -> Set<String> {
        var ids = Set<String>()
        try FeedParser.parse(data: data, source: "fixture") { record in
            if categories.map({ c in record.categories.contains(where: c.contains) }) ?? true { ids.insert(record.id.rawValue) }
        }
        return ids
    }

    @Test func pagesUntilAPageComesBackEmptyAndEncodesTheQuery() throws {
        let pages = [0: try Self.cassette("arxivpy-q_testing_s0_m10_bc5a6c384fe9.json").body,
                     10: try Self.cassette("arxivpy-q_testing_s10_m10_34e56e15aaac.json").body]
        let empty = try Self.cassette("arxivpy-id_0000.0000_s0_m100_8b51d9633a68.json").body
        let server = try LocalHTTPServer { request in
            .init(status: 200, body: pages[Int(query(request)["start"] ?? "") ?? -1] ?? empty)
        }
        let all = try Self.ids(pages[0]!).union(Self.ids(pages[10]!))
        var categories = Set<String>()
        for page in pages.values { try FeedParser.parse(data: page, source: "p") { categories.formUnion($0.categories) } }
        let request = BackfillRequest(via: .api, from: Day(iso: "2026-04-01")!, to: Day(iso: "2026-04-12")!,
                                      categories: categories.sorted(), pageSize: 10, resultLimit: 1_000_000)
        let h = try BackfillHarness()
        let report = try h.backfiller(server).run(request)
        #expect(report.outcome == .finished && report.pages == 3)
        #expect(try Set(h.ids()) == all)
        let q = query(server.requests[0])
        #expect(q["search_query"] == "(" + categories.sorted().map { "cat:\($0)" }.joined(separator: " OR ")
                + ") AND submittedDate:[202604010000 TO 202604122359]")
        #expect(q["sortBy"] == "submittedDate" && q["max_results"] == "10" && q["start"] == "0")
        #expect(!server.requests[0].path.contains(" ") && server.requests[0].path.contains("%5B202604010000%20TO%20"))
        #expect(server.requests.map { query($0)["start"] } == ["0", "10", "20"])
        #expect(server.requests.allSatisfy { $0.pathWithoutQuery == "/api/query" })
    }

    @Test func anEmptyPageShortOfTheTotalIsAskedAgainThenStopsResumable() throws {
        let first = try Self.cassette("arxivpy-q_testing_s0_m10_bc5a6c384fe9.json").body
        let second = try Self.cassette("arxivpy-q_testing_s10_m10_34e56e15aaac.json").body
        // The API's empty answer, as it sometimes gives mid-window: no entries, but the same total.
        let emptyMidWindow = Data(String(decoding: try Self.cassette("arxivpy-id_0000.0000_s0_m100_8b51d9633a68.json").body, as: UTF8.self)
            .replacingOccurrences(of: "<opensearch:totalResults>0<", with: "<opensearch:totalResults>20<").utf8)
        var categories = Set<String>()
        for page in [first, second] { try FeedParser.parse(data: page, source: "p") { categories.formUnion($0.categories) } }
        let request = BackfillRequest(via: .api, from: Day(iso: "2026-04-01")!, to: Day(iso: "2026-04-12")!,
                                      categories: categories.sorted(), pageSize: 10, resultLimit: 1_000_000)
        let h = try BackfillHarness()
        let flaky = try LocalHTTPServer { .init(body: query($0)["start"] == "0" ? first : emptyMidWindow) }
        let report = try h.backfiller(flaky).run(request)
        #expect(report.outcome == .failed && report.exitCode == .unavailable && report.pages == 1)
        #expect(flaky.requests.map { query($0)["start"] } == ["0", "10", "10", "10"])
        #expect(report.error?.message.contains("run the same command later to resume") == true)
        let saved = try #require(try h.store.backfillState(job: request.jobKey))
        #expect(!saved.isFinished && saved.nextStart == 10)

        let recovered = try LocalHTTPServer { .init(body: query($0)["start"] == "10" ? second : emptyMidWindow) }
        let resumed = try h.backfiller(recovered).run(request)
        #expect(resumed.outcome == .finished, "start=10 is taken; start=20 is empty at the total of 20: the end")
        #expect(recovered.requests.map { query($0)["start"] } == ["10", "20"])
        #expect(try Set(h.ids()) == Self.ids(first).union(Self.ids(second)))
    }

    @Test func aZeroResultWindowFinishesAtOnce() throws {
        let server = try LocalHTTPServer(responses: [.init(body: try Self.cassette("arxivpy-id_0000.0000_s0_m100_8b51d9633a68.json").body)])
        let h = try BackfillHarness()
        let report = try h.backfiller(server).run(BackfillRequest(via: .api, from: Day(iso: "2026-04-12")!,
                                                                   to: Day(iso: "2026-04-12")!, categories: ["cs.AI"]))
        #expect(report.outcome == .finished && report.pages == 1 && report.records == 0)
        #expect(try h.store.backfillState(job: report.request.jobKey)?.isFinished == true)
    }

    @Test func theAPIsErrorEntryIsReportedWithItsMessage() throws {
        let error = try Self.cassette("arxivpy-id_abc_s0_m100_b79c8dcf6bc3.json")
        #expect(error.status == 400)
        let server = try LocalHTTPServer(responses: [.init(status: 400, body: error.body)])
        let h = try BackfillHarness()
        let report = try h.backfiller(server).run(BackfillRequest(via: .api, from: Day(iso: "2026-04-12")!,
                                                                   to: Day(iso: "2026-04-12")!, categories: ["cs.AI"]))
        #expect(report.outcome == .failed && report.exitCode == .dataError)
        #expect(report.error?.message.contains("incorrect id format for abc") == true, "\(report.error?.message ?? "")")
        let run = try #require(try h.store.runs().first?.run)
        #expect(run.httpStatus == 400 && run.status == .failed && run.error?.contains("incorrect id format") == true)
    }

    @Test func aWindowAboveTheLimitIsSplitInHalves() throws {
        // The two-day window reports 364,218 results (over the limit): it is split into its two days,
        // which report fewer and are paged through.
        let big = try Fixtures.data("atom/api-2026/brevio-cs.LG-OR-cs.AI-2026-04-30.xml")
        let day1 = try Fixtures.data("atom/api-2026/yanhua-latest_cs_ai-2026-04-23-570a50c.xml")
        let day2 = try Fixtures.data("atom/api-2026/yanhua-latest_cs_lg-2026-04-23-b87a9c4.xml")
        let empty = try Self.cassette("arxivpy-id_0000.0000_s0_m100_8b51d9633a68.json").body
        let server = try LocalHTTPServer { request in
            let q = query(request)
            guard q["start"] == "0" else { return .init(body: empty) }
            switch q["search_query"]?.split(separator: "[").last {
            case "202604290000 TO 202604302359]": return .init(body: big)
            case "202604290000 TO 202604292359]": return .init(body: day1)
            case "202604300000 TO 202604302359]": return .init(body: day2)
            default: return .text("unexpected window", status: 500)
            }
        }
        let request = BackfillRequest(via: .api, from: Day(iso: "2026-04-29")!, to: Day(iso: "2026-04-30")!,
                                      categories: ["cs.AI", "cs.LG"], pageSize: 50, resultLimit: 300_000)
        let h = try BackfillHarness()
        let report = try h.backfiller(server, maxRetries: 0).run(request)
        #expect(report.outcome == .finished, "\(report.error?.message ?? "")")
        let windows = server.requests.map { query($0)["search_query"]!.split(separator: "[").last! + " start " + query($0)["start"]! }
        #expect(windows == ["202604290000 TO 202604302359] start 0",
                            "202604290000 TO 202604292359] start 0", "202604290000 TO 202604292359] start 50",
                            "202604300000 TO 202604302359] start 0", "202604300000 TO 202604302359] start 50"])
        let expected = try Self.ids(day1, categories: request.categories).union(Self.ids(day2, categories: request.categories))
        #expect(try Set(h.ids()) == expected, "the oversized probe page is not stored")
        let perDay = try Self.ids(day1, categories: request.categories).count + Self.ids(day2, categories: request.categories).count
        #expect(report.records == perDay)
    }

    @Test func windowsSplitAndPrintAsTheQueryWantsThem() {
        let w = APIWindow(from: Day(iso: "2026-01-01")!, to: Day(iso: "2026-01-31")!)
        #expect(w.query == "202601010000 TO 202601312359")
        #expect(w.halves().map(\.description) == ["202601010000-202601161159", "202601161200-202601312359"])
        #expect(APIWindow(w.description) == w)
        #expect(!APIWindow(first: 5, last: 5).isSplittable)
    }
}
