import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// OAI-PMH backfill against the replayed 2016 `cs` harvest.
struct BackfillOAITests {
    @Test func followsTheTokenChainToTheEmptyTokenAndKeepsOnlyTheCategories() throws {
        let server = try OAIReplay.server()
        let h = try BackfillHarness()
        let report = try h.backfiller(server).run(march2016)
        #expect(report.outcome == .finished && report.exitCode == .success)
        let expected = try OAIReplay.expectedIDs(categories: oaiCategories)
        #expect(expected.count > 100)
        #expect(try h.ids() == expected.sorted())
        #expect(report.records == expected.count && report.pages == 3)
        #expect(report.skipped == 2538 - expected.count)
        #expect(try h.count("SELECT count(*) FROM announcements") == 0, "backfilled papers carry no announcement")

        let requests = server.requests
        #expect(requests.count == 3)
        #expect(query(requests[0]) == ["verb": "ListRecords", "metadataPrefix": "arXiv", "from": "2016-03-01",
                                       "until": "2016-03-09", "set": "cs"])
        #expect(query(requests[1]) == ["verb": "ListRecords", "resumptionToken": "1122234|1001"])
        #expect(requests[1].path.contains("resumptionToken=1122234%7C1001"), "token percent-encoded: \(requests[1].path)")
        #expect(query(requests[2])["resumptionToken"] == "1122234|3001")

        let state = try #require(try h.store.backfillState(job: march2016.jobKey))
        #expect(state.isFinished && state.pagesDone == 3 && state.recordsDone == expected.count)
        let runs = try h.store.runs().reversed().map(\.run)
        #expect(runs.count == 3 && runs.allSatisfy { $0.status == .ok && $0.httpStatus == 200 && $0.job == march2016.jobKey })
        #expect(runs.first?.feedDate == "2016-03-09T00:35:38Z" && runs.last?.feedDate == "2016-03-09T04:10:27Z")
        #expect(runs.map(\.recordsSeen).reduce(0, +) == expected.count)
    }

    @Test(arguments: [1, 2])
    func interruptedAfterPageKResumesWithTheSavedToken(k: Int) throws {
        let server = try OAIReplay.server()
        let h = try BackfillHarness()
        let first = h.backfiller(server)
        var pages = 0
        first.onEvent = { if case .page = $0 { pages += 1 } }
        first.isCancelled = { pages >= k }
        let stopped = try first.run(march2016)
        #expect(stopped.outcome == .interrupted && stopped.exitCode == .interrupted)
        #expect(server.requests.count == k)
        let kept = try OAIReplay.expectedIDs(pages: Array(OAIReplay.pageNumbers.prefix(k)), categories: oaiCategories)
        #expect(try h.ids() == kept.sorted())

        let resumed = try h.backfiller(server).run(march2016)
        #expect(resumed.outcome == .finished && resumed.resumed && resumed.pages == 3 - k)
        #expect(server.requests.count == 3, "no page fetched twice")
        let expectedToken = OAIReplay.tokens.first { $0.value == OAIReplay.pageNumbers[k] }?.key
        #expect(query(server.requests[k])["resumptionToken"] == expectedToken)
        let all = try OAIReplay.expectedIDs(categories: oaiCategories)
        #expect(try h.ids() == all.sorted(), "no duplicate, no missing record")
        #expect(try h.store.backfillState(job: march2016.jobKey)?.recordsDone == all.count)
    }

    @Test func aFinishedJobFetchesNothingAndRestartStartsOver() throws {
        let server = try OAIReplay.server()
        let h = try BackfillHarness()
        _ = try h.backfiller(server).run(march2016)
        let again = try h.backfiller(server).run(march2016)
        #expect(again.outcome == .alreadyFinished && again.exitCode == .success && again.summary.contains("--restart"))
        #expect(server.requests.count == 3)

        var restart = march2016
        restart.restart = true
        let redo = try h.backfiller(server).run(restart)
        #expect(redo.outcome == .finished && redo.pages == 3 && redo.papersNew == 0)
        #expect(server.requests.count == 6 && query(server.requests[3])["set"] == "cs")
    }

    @Test func anotherRangeIsAnotherJob() throws {
        let server = try OAIReplay.server()
        let h = try BackfillHarness()
        _ = try h.backfiller(server).run(march2016)
        var other = march2016
        other.to = Day(iso: "2016-03-08")!
        #expect(other.jobKey != march2016.jobKey)
        #expect(try h.backfiller(server).run(other).outcome == .finished)
        #expect(server.requests.count == 6)
    }

    @Test func anExpiredTokenSaysToRestart() throws {
        let server = try OAIReplay.server()
        let h = try BackfillHarness()
        var state = BackfillState(request: march2016, now: "2016-03-09T00:00:00Z")
        state.nextToken = "1122234|99999"
        state.pagesDone = 5
        try h.store.saveBackfillState(state)
        let report = try h.backfiller(server).run(march2016)
        #expect(report.outcome == .failed && report.exitCode == .dataError)
        #expect(report.error?.message.contains("--restart") == true)
        #expect(try h.store.runs().first?.run.status == .failed)
    }
}

/// `--versions`: the arXivRaw format, whose records carry every version.
struct BackfillArXivRawTests {
    @Test func asksForArXivRawAndStoresTheLatestVersions() throws {
        let page = try Fixtures.data("oai/arXivRaw-ListRecords-2016-10-21.xml")
        // The fixture is page 1 of a longer list; end the chain after it with an empty token page.
        let end = Data(#"<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2016-10-21T07:10:00Z</responseDate><request verb="ListRecords">http://export.arxiv.org/oai2</request><error code="noRecordsMatch">no more</error></OAI-PMH>"#.utf8)
        let server = try LocalHTTPServer { request in
            query(request)["resumptionToken"] == nil ? .init(status: 200, body: page) : .init(status: 200, body: end)
        }
        let h = try BackfillHarness()
        var request = BackfillRequest(via: .oai, from: Day(iso: "2016-10-20")!, to: Day(iso: "2016-10-21")!,
                                      categories: ["quant-ph", "math.AP"])
        request.versions = true
        let report = try h.backfiller(server).run(request)
        #expect(report.exitCode == .success, "\(report.summary)")
        #expect(query(server.requests[0])["metadataPrefix"] == "arXivRaw")
        #expect(request.jobKey.contains("arXivRaw"), "a raw harvest is its own job")
        #expect(try h.count("SELECT count(*) FROM papers") >= 43)
        #expect(try h.count("SELECT count(*) FROM papers WHERE version > 1") > 0)
    }
}
