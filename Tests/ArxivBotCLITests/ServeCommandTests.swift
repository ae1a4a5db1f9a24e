import Foundation
import PaperKit
import Testing
import TestSupport

/// `arxiv-bot serve` as a user runs it: the real binary on a free port, stopped by a signal.
struct ServeCommandTests {
    /// The binary's stderr, collected as it arrives.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ data: Data) { lock.withLock { text += String(decoding: data, as: UTF8.self) } }
        var value: String { lock.withLock { text } }
    }

    /// Waits up to `seconds` for `condition`, checking every 50 ms.
    func wait(seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition()
    }

    func start(_ cli: CLIRunner, _ arguments: [String]) throws -> (Process, Lines) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = cli.folder
        let err = Pipe(), lines = Lines()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        err.fileHandleForReading.readabilityHandler = { lines.append($0.availableData) }
        try process.run()
        return (process, lines)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func servesOnLoopbackAndStopsCleanlyOnASignal(signal: Int32) throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        #expect(try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml")).status == 0)
        let (process, lines) = try start(cli, ["--port", "0"])
        defer { if process.isRunning { process.terminate() } }

        // "serving …/papers.db on http://127.0.0.1:PORT/ (Ctrl-C to stop)"
        let pattern = /on http:\/\/127\.0\.0\.1:(\d+)\//
        #expect(wait(seconds: 30) { lines.value.contains(pattern) }, "no startup line: \(lines.value)")
        let port = try #require(lines.value.firstMatch(of: pattern).map { String($0.1) })

        let health = try HTTPClient().get(URL(string: "http://127.0.0.1:\(port)/health")!)
        #expect(health.status == 200)
        #expect(String(decoding: health.body, as: UTF8.self).contains("\"papers\""))
        let search = try HTTPClient().get(URL(string: "http://127.0.0.1:\(port)/api/search?q=agents")!)
        #expect(search.status == 200 && search.body.count > 100)

        kill(process.processIdentifier, signal)
        #expect(wait(seconds: 15) { !process.isRunning }, "still running after the signal")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(wait(seconds: 2) { lines.value.contains("stopped") })
    }

    @Test func aMissingStoreIsOneLineAndNonZero() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let result = try cli.run("serve", "--db", cli.path("nothing-here.db"), "--port", "0")
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("nothing-here.db"))
    }

    @Test func aBadIngestTimeIsAUsageError() throws {
        let cli = try CLIRunner()
        let result = try cli.run("serve", "--ingest-at", "25:99")
        #expect(result.status == 64)
        #expect(result.stderr.contains("HH:MM"))
    }
}
