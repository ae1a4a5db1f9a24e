import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// A large source commits in batches with its resume point: a failure keeps what was committed, the
/// same file resumes after it, a changed file is read anew, and `restart` forgets the point.
struct BatchCommitTests {
    static let records = 1_500
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batches-\(UUID().uuidString)")
    let full: Data

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        full = try BulkFiles.rss(count: Self.records)
    }

    /// The feed cut at 60%: well-formed up to somewhere in item ~900.
    func truncatedFeed() throws -> String {
        let path = folder.appendingPathComponent("feed.xml").path
        try full.prefix(full.count * 6 / 10).write(to: URL(fileURLWithPath: path))
        return path
    }

    func harness(events: @escaping (Ingestor.Event) -> Void = { _ in }) throws -> IngestHarness {
        let h = try IngestHarness()
        h.ingestor.commitPolicy.records = 200
        h.ingestor.onEvent = events
        return h
    }

    @Test func aTruncatedFileKeepsItsCommittedBatchesAndSaysWhere() throws {
        let path = try truncatedFeed()
        let h = try harness()
        let report = try h.ingest(.file(path))
        let failure = try #require(report.failed.first?.error as? FeedError)
        guard case let .malformed(source, line, _, _) = failure else { Issue.record("\(failure)"); return }
        #expect(source == path && line > 10_000)
        let committed = try h.count("SELECT count(*) FROM papers")
        #expect(committed >= 600 && committed < Self.records, "whole batches before the cut")
        let run = try #require(try h.store.runs().first?.run)
        #expect(run.status == .failed && run.recordsSeen == committed && run.papersNew == committed)
        #expect(run.error?.contains("\(path):\(line):") == true)
        #expect(try h.store.resumePoint(for: path)?.position.records == committed)
        #expect(try FTSRebuild.instances(h.store.database).live.count > 10_000)
    }

    @Test func theSameFileResumesAndAChangedOneIsReadFromTheStart() throws {
        let path = try truncatedFeed()
        var events: [String] = []
        let h = try harness { event in
            switch event {
            case let .resuming(_, point): events.append("resuming after \(point.position.records)")
            case let .startingOver(_, reason): events.append("starting over: \(reason)")
            default: break
            }
        }
        _ = try h.ingest(.file(path))
        let committed = try h.count("SELECT count(*) FROM papers")
        let again = try h.ingest(.file(path))
        #expect(events == ["resuming after \(committed)"])
        #expect(again.failed.count == 1 && again.papersNew == 0, "the same cut, nothing more to commit")
        #expect(try h.count("SELECT count(*) FROM ingest_runs WHERE status = 'running'") == 0)

        try full.write(to: URL(fileURLWithPath: path))   // the download finished
        let complete = try h.ingest(.file(path))
        #expect(events.last == "starting over: its size changed from \(full.count * 6 / 10) to \(full.count) bytes")
        #expect(complete.failed.isEmpty && complete.papersNew == Self.records - committed && complete.recordsSeen == Self.records)
        #expect(try h.store.resumePoint(for: path) == nil)
        #expect(try h.count("SELECT count(*) FROM announcements") == Self.records)
    }

    @Test func restartForgetsTheResumePoint() throws {
        let path = try truncatedFeed()
        var resumed = false
        let h = try harness { if case .resuming = $0 { resumed = true } }
        _ = try h.ingest(.file(path))
        h.ingestor.restart = true
        try full.write(to: URL(fileURLWithPath: path))
        let report = try h.ingest(.file(path))
        #expect(!resumed)
        #expect(report.failed.isEmpty && report.recordsSeen == Self.records)
    }

    @Test func aSmallSourceStaysOneTransaction() throws {
        let h = try harness()
        h.ingestor.commitPolicy = .batches
        let path = folder.appendingPathComponent("day.xml").path
        try full.prefix(full.count / 2).write(to: URL(fileURLWithPath: path))
        let report = try h.ingest(.file(path))
        #expect(report.failed.count == 1)
        #expect(try h.count("SELECT count(*) FROM papers") == 0, "a feed under one batch is all or nothing")
        #expect(try h.store.resumePoint(for: path) == nil)
    }

    @Test func aTruncatedBodyIsRetriedAndNothingOfItIsKept() throws {
        let feed = try Fixtures.data("rss/trimmed/cs.LG-2026-04-27-3items.xml")
        let server = try LocalHTTPServer(responses: [.init(status: 200, body: feed, truncateAfter: feed.count / 2),
                                                     .init(status: 200, body: feed)])
        let h = try IngestHarness(maxRetries: 1)
        let report = try h.ingest(.url(server.baseURL + "/rss/cs.LG"))
        #expect(report.failed.isEmpty && report.papersNew == 3)
        #expect(server.requests.count == 2)
    }
}
