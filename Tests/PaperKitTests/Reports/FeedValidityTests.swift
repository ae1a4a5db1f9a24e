import Foundation
import Testing
@testable import PaperKit

/// RSS and Atom checked by a real feed reader's parser: Python's feedparser (installed by
/// `.ci/run`). Without it the test says so; under CI (`CI` set) a missing parser is a failure.
struct FeedValidityTests {
    static let script = """
        import json, sys, feedparser
        d = feedparser.parse(sys.argv[1])
        print(json.dumps({"bozo": int(d.bozo), "error": str(d.get("bozo_exception", "")), "entries": len(d.entries),
                          "ids": [e.get("id", "") for e in d.entries], "version": d.version}))
        """

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static var feedparserAvailable: Bool { (try? python(["-c", "import feedparser"]).status) == 0 }

    @Test(arguments: [ReportFormat.rss, .atom])
    func feedparserReadsTheFeedWithoutWarnings(format: ReportFormat) throws {
        guard Self.feedparserAvailable else {
            let message = "feedparser is not installed (python3 -m pip install feedparser); \(format) validity NOT checked"
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: message)) } else { print("SKIPPED: \(message)") }
            return
        }
        let fixture = try ReportFixture()
        let digest = try fixture.digest(ReportFixture.range("2026-04-20", "2026-07-31"), types: ["new", "cross"], minScore: 0)
        #expect(digest.entries.count > 20)
        let file = fixture.harness.temp.folder.appendingPathComponent("feed.\(format)")
        try Data(try ReportRenderers.renderer(format: format).render(digest).utf8).write(to: file)
        let result = try Self.python(["-c", Self.script, file.path])
        #expect(result.status == 0)
        struct Parsed: Decodable { var bozo: Int; var error: String; var entries: Int; var ids: [String]; var version: String }
        let parsed = try JSONDecoder().decode(Parsed.self, from: Data(result.output.utf8))
        #expect(parsed.bozo == 0, "feedparser: \(parsed.error)")
        #expect(parsed.entries == digest.entries.count)
        #expect(parsed.ids == digest.entries.map { "oai:arXiv.org:\($0.paper.versionedID)" })
        #expect(parsed.version == (format == .rss ? "rss20" : "atom10"))
    }
}
