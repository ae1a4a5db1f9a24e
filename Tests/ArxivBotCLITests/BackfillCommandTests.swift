import Foundation
import Testing
import TestSupport

/// `ingest --from` end to end against a local OAI-PMH server named in the configuration.
struct BackfillCommandTests {
    /// Page 1 of the recorded harvest, page 3 for its token, then page 103 (its empty token ends the list).
    static func server(delaySecondPage: Double = 0) throws -> LocalHTTPServer {
        let first = try Fixtures.data("oai/cs-2016-03-09-arXiv/page-001.xml")
        let second = try Fixtures.data("oai/cs-2016-03-09-arXiv/page-003.xml")
        let last = try Fixtures.data("oai/cs-2016-03-09-arXiv/page-103.xml")
        return try LocalHTTPServer { request in
            if request.path.contains("resumptionToken=1122234%7C1001") { return .init(body: second, delay: delaySecondPage) }
            if request.path.contains("resumptionToken=1122234%7C3001") { return .init(body: last) }
            return .init(body: first)
        }
    }

    static func config(_ server: LocalHTTPServer) -> String {
        #"{"categories": ["cs.AI", "cs.LG"], "feeds": {"oai_url": "\#(server.baseURL)/oai", "request_delay_seconds": 0}}"#
    }

    @Test func backfillsThenSaysItIsDoneThenRestarts() throws {
        let server = try Self.server()
        let cli = try CLIRunner()
        try cli.write("config.json", Self.config(server))
        let first = try cli.run("ingest", "--from", "2016-03-01", "--to", "2016-03-09")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("backfilled 2016-03-01..2016-03-09 via OAI-PMH: 3 pages, "), "\(first.stdout)")
        #expect(first.stderr.isEmpty, "no progress when stderr is not a terminal: \(first.stderr)")
        let again = try cli.run("ingest", "--from", "2016-03-01", "--to", "2016-03-09")
        #expect(again.status == 0 && again.stdout.contains("already finished") && server.requests.count == 3)
        let restart = try cli.run("ingest", "--from", "2016-03-01", "--to", "2016-03-09", "--restart")
        #expect(restart.status == 0 && restart.stdout.contains("0 new") && server.requests.count == 6)
    }

    @Test func ctrlCStopsAfterThePageInFlightAndTheSameCommandResumes() throws {
        let server = try Self.server(delaySecondPage: 1.5)
        let cli = try CLIRunner()
        try cli.write("config.json", Self.config(server))
        let (stdout, stderr, status) = try Self.interruptedBackfill(cli, server)
        #expect(status == 130, "\(stdout) \(stderr)")
        #expect(stdout.contains("interrupted after page 2"), "the page in flight is finished first: \(stdout)")

        let resumed = try cli.run("ingest", "--from", "2016-03-01", "--to", "2016-03-09")
        #expect(resumed.status == 0 && resumed.stdout.contains("1 page,") && resumed.stdout.contains("resumed"), "\(resumed.stdout)")
        #expect(server.requests.count == 3, "the last page fetched once, the first two not again")
    }

    @Test func ctrlCDuringARetryAfterWaitStopsAtOnceWithoutAnotherRequest() throws {
        let first = try Fixtures.data("oai/cs-2016-03-09-arXiv/page-001.xml")
        let server = try LocalHTTPServer { request in
            if request.path.contains("resumptionToken=1122234%7C1001") {
                return .init(status: 503, headers: ["Retry-After": "30"], body: Data("busy".utf8))
            }
            return .init(body: first)
        }
        let cli = try CLIRunner()
        try cli.write("config.json", Self.config(server))
        var interrupted = Date()
        let (stdout, _, status) = try Self.interruptedBackfill(cli, server) {
            Thread.sleep(forTimeInterval: 0.3)   // now sitting out the 30 s Retry-After
            interrupted = Date()
        }
        #expect(status == 130, "\(stdout)")
        #expect(Date().timeIntervalSince(interrupted) < 5, "Ctrl-C must not wait out the Retry-After")
        #expect(server.requests.count == 2, "the retry is not sent after Ctrl-C")
        #expect(stdout.contains("interrupted after page 1"), "\(stdout)")
    }

    /// Runs the March 2016 backfill, sends Ctrl-C once the second page was asked for (after
    /// `beforeInterrupt`), and returns stdout, stderr and the exit status.
    static func interruptedBackfill(_ cli: CLIRunner, _ server: LocalHTTPServer,
                                    beforeInterrupt: () -> Void = {}) throws -> (String, String, Int32) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["ingest", "--from", "2016-03-01", "--to", "2016-03-09"]
        process.currentDirectoryURL = cli.folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while server.requests.count < 2 && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        beforeInterrupt()
        process.interrupt()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (stdout, stderr, process.terminationStatus)
    }

    @Test func aRangeBackwardsIsAUsageError() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let result = try cli.run("ingest", "--from", "2026-01-31", "--to", "2026-01-01")
        #expect(result.status == 64 && result.stderr.contains("swap"))
        #expect(try cli.run("ingest", "--restart").status == 64)
    }
}

/// `arxiv-bot status` end to end: gaps are information (exit 0) unless --check.
struct StatusCommandTests {
    @Test func gapsExitZeroUnlessCheckAndNameTheCommand() throws {
        let cli = try CLIRunner()
        try cli.write("config.json", #"{"categories": ["cs.AI"]}"#)
        _ = try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"))
        let plain = try cli.run("status", "--days", "7")
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("papers 223,") && plain.stdout.contains("arxiv-bot ingest --from "))
        #expect(plain.stdout.contains("last successful run:"))
        let checked = try cli.run("status", "--days", "7", "--check")
        #expect(checked.status == 1)
        let json = try cli.run("status", "--days", "7", "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["has_gaps"] as? Bool == true && (object?["days"] as? [Any])?.count == 7)
    }

    @Test func theSuggestedCommandKeepsTheConfigOption() throws {
        let cli = try CLIRunner()
        try cli.write("other.json", #"{"categories": ["cs.AI"]}"#)
        _ = try cli.run("ingest", "--config", "other.json", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"))
        let result = try cli.run("status", "--config", "other.json", "--days", "7")
        #expect(result.stdout.contains("--config other.json"), "\(result.stdout)")
    }

    @Test func withoutAStoreItSaysSo() throws {
        let cli = try CLIRunner()
        try cli.write("config.json", #"{"categories": ["cs.AI"]}"#)
        let result = try cli.run("status")
        #expect(result.status == 66 && result.stderr.contains("papers.db"))
    }
}
