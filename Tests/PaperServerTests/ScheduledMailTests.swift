import Foundation
import Logging
import PaperKit
import Testing
import TestSupport
@testable import PaperServer

/// `serve --ingest-at` mails the day's digest when a mail block is configured, and a mail that
/// fails leaves the ingest in place.
struct ScheduledMailTests {
    /// A folder with the day's feed at `file://FOLDER/cs.AI` and a config that mails to `smtpURL`.
    static func job(smtpURL: String, in folder: URL) throws -> (DailyIngestJob, String) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("rss/cs.AI-2026-07-27.xml"), toPath: folder.appendingPathComponent("cs.AI").path)
        let config = folder.appendingPathComponent("config.json").path
        try Data("""
            {"categories": ["cs.AI"], "feeds": {"rss_url": "file://\(folder.path)/"}, "ai_summary": {"enabled": false},
             "mail": {"smtp_url": "\(smtpURL)", "from": "bot@example.org", "to": ["me@example.org"]}}
            """.utf8).write(to: URL(fileURLWithPath: config))
        let database = folder.appendingPathComponent("papers.db").path
        return (DailyIngestJob(configPath: config, databasePath: database, logger: Logger(label: "test")), database)
    }

    @Test(arguments: [LocalSMTPServer.Mode.plain, .drop])
    func theScheduledRunMailsTheDayAndAFailedMailKeepsTheIngest(mode: LocalSMTPServer.Mode) throws {
        guard LocalSMTPServer.isAvailable else {
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: LocalSMTPServer.unavailableNote)) }
            else { print("SKIPPED: \(LocalSMTPServer.unavailableNote)") }
            return
        }
        let server = try LocalSMTPServer(mode)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arxiv-bot-mailjob-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (job, database) = try Self.job(smtpURL: server.url, in: folder)
        job.runBlocking()  // never throws: a failed mail is only logged
        #expect(try PaperStore(readOnlyPath: database).counts().papers == 223)
        let files = try server.messageFiles()
        if mode == .plain {
            #expect(files.count == 1)
            let received = try ReceivedMail(file: try #require(files.first))
            #expect(received.headers["Subject"]?.hasPrefix("arXiv digest 2026-07-27: ") == true)
        } else {
            let events = try server.events()
            #expect(files.isEmpty && events.contains { $0["event"] as? String == "dropped" })
        }
    }
}
