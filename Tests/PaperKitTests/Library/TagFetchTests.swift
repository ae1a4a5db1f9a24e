import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// Papers a library names but the store lacks are fetched from the arXiv API by `id_list`,
/// through the ingestor's polite client: here a local server on 127.0.0.1 answering with a
/// recorded arXiv response, never arXiv itself.
struct TagFetchTests {
    static func recordedBody(_ name: String) throws -> String {
        let json = try #require(try JSONSerialization.jsonObject(with: Fixtures.data("atom/recorded-http-2026/\(name)")) as? [String: Any])
        return try #require(json["body"] as? String)
    }

    @Test func importFetchesWhatTheStoreLacksAndTagsEverything() throws {
        let body = try Self.recordedBody("arxivpy-id_0808.05394_1707.08567_s0_m100_42e5aa0ec3af.json")
        let server = try LocalHTTPServer { _ in .text(body, headers: ["Content-Type": "application/atom+xml"]) }
        defer { server.stop() }
        let harness = try IngestHarness()
        try harness.store.write(record("2601.03043"), score: noScore, now: "2026-07-28T00:00:00Z")
        let list = harness.temp.folder.appendingPathComponent("ids.txt")
        try Data("# mine\n2601.03043v2\nhttps://arxiv.org/abs/1707.08567v1\n2601.09999\n".utf8).write(to: list)
        let fetcher = PaperFetcher(apiURL: server.baseURL + "/api/query", ingestor: harness.ingestor)
        let report = try TagActions(store: harness.store, fetcher: fetcher).importFile(list.path, tag: "mine")
        #expect(server.requests.map(\.path) == ["/api/query?id_list=1707.08567,2601.09999&max_results=2"])
        #expect(report.format == .idList && report.tagged == 3)
        #expect(report.alreadyInStore == 1 && report.fetched == 1 && report.notInStore == 1)
        #expect(report.summary == "tagged 3 papers as mine (1 already in the store, 1 fetched from the arXiv API, 1 not in the store); 0 entries have no arXiv ID")
        #expect(try harness.store.tags() == [TagSummary(name: "mine", papers: 3, inStore: 2, createdAt: try harness.store.tags()[0].createdAt)])
    }

    @Test func aNetworkFailureIsNamedAndNothingIsTagged() throws {
        let harness = try IngestHarness(maxRetries: 0)
        let fetcher = PaperFetcher(apiURL: "http://127.0.0.1:\(try LocalHTTPServer.closedPort())/api/query", ingestor: harness.ingestor)
        #expect { try TagActions(store: harness.store, fetcher: fetcher).add("mine", arguments: ["2601.03043"]) } throws: { error in
            (error as? any ArxivBotError)?.exitCode == .unavailable
        }
        #expect(try harness.store.tags().isEmpty)
    }

    @Test func aRequestNamesEveryIDOfItsBatch() {
        let ids = (1...3).map { ArxivID("2601.0000\($0)")! }
        #expect(PaperFetcher.url(api: "https://export.arxiv.org/api/query", ids: ids)
            == "https://export.arxiv.org/api/query?id_list=2601.00001,2601.00002,2601.00003&max_results=3")
        #expect(PaperFetcher.batchSize == 100)
    }
}
