import Foundation
import Testing
import TestSupport

/// `mail` and `ingest --mail` end to end, against a real SMTP server on 127.0.0.1.
struct MailCommandTests {
    static let feed = "rss/cs.AI-2026-07-27.xml"

    static func available() -> Bool {
        if LocalSMTPServer.isAvailable { return true }
        if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: LocalSMTPServer.unavailableNote)) }
        else { print("SKIPPED: \(LocalSMTPServer.unavailableNote)") }
        return false
    }

    /// The seed configuration plus a mail block.
    static func configured(_ mail: [String: Any]?) throws -> CLIRunner {
        let cli = try CLIRunner()
        var config = try JSONSerialization.jsonObject(with: Data(contentsOf: try Fixtures.file("config.seed.json"))) as! [String: Any]
        config["mail"] = mail
        try cli.write("config.json", String(decoding: try JSONSerialization.data(withJSONObject: config), as: UTF8.self))
        return cli
    }

    static func mail(_ url: String, to: [String] = ["me@example.org"]) -> [String: Any] {
        ["smtp_url": url, "from": "arXiv bot <bot@example.org>", "to": to]
    }

    /// The report's text without its "Generated <time>" line, which differs from run to run.
    static func masked(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Generated ") && !$0.hasPrefix("<p>Generated ") }.joined(separator: "\n")
    }

    @Test func withoutAMailBlockMailSaysHowToConfigureIt() throws {
        let cli = try Self.configured(nil)
        _ = try cli.run("ingest", "--input", Fixtures.path(Self.feed))
        let result = try cli.run("mail", "--date", "2026-07-27")
        #expect(result.status == 78 && result.stdout.isEmpty)
        #expect(result.stderrLines == ["arxiv-bot: error: config.json: mail is not configured; add a \"mail\" block with smtp_url, from and to (see docs/mail.md)"])
    }

    @Test func aHeaderInjectionInTheConfigurationIsRefusedAtLoad() throws {
        var block = Self.mail("smtp://127.0.0.1:1")
        block["subject"] = "digest {range}\r\nBcc: everyone@example.org"
        let cli = try Self.configured(block)
        let result = try cli.run("status")
        #expect(result.status == 78)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("config.json: mail.subject contains a line break"), "\(result.stderr)")
    }

    @Test func theDryRunAndTheSentMessageDecodeToWhatReportRenders() throws {
        guard Self.available() else { return }
        let server = try LocalSMTPServer(.plain)
        let cli = try Self.configured(Self.mail(server.url))
        _ = try cli.run("ingest", "--input", Fixtures.path(Self.feed))
        let markdown = try cli.run("report", "--date", "2026-07-27", "--template", "digest").stdout
        let html = try cli.run("report", "--date", "2026-07-27", "--format", "html", "--template", "digest").stdout
        #expect(markdown.contains("2607.") && html.hasPrefix("<!DOCTYPE html>"))

        let dry = try cli.run("mail", "--date", "2026-07-27", "--dry-run")
        #expect(dry.status == 0, "\(dry.stderr)")
        let toFile = try cli.run("mail", "--date", "2026-07-27", "--dry-run", "--output", "digest.eml")
        #expect(toFile.status == 0 && toFile.stdout.isEmpty && FileManager.default.fileExists(atPath: cli.path("digest.eml")))
        #expect(toFile.stderr.hasPrefix("wrote the 2026-07-27 digest to 1 recipient (") && toFile.stderr.hasSuffix(" to digest.eml, not sent\n"), "\(toFile.stderr)")
        #expect(try server.messageFiles().isEmpty, "a dry run sends nothing")
        let sent = try cli.run("mail", "--date", "2026-07-27")
        #expect(sent.status == 0, "\(sent.stderr)")
        let papers = try #require(sent.stdout.split(separator: "(").last.map { String($0.prefix { $0.isNumber }) })
        #expect(sent.stdout == "mailed the 2026-07-27 digest to 1 recipient (\(papers) papers)\n")

        let file = try #require(try server.messageFiles().first)
        for received in [try ReceivedMail(text: dry.stdout), try ReceivedMail(file: file)] {
            #expect(received.defects.isEmpty && received.longestLine <= 998 && received.longestLine <= 76)
            #expect(received.headers["Subject"] == "arXiv digest 2026-07-27: \(papers) papers")
            #expect(received.parts.map(\.type) == ["text/plain", "text/html"])
            #expect(Self.masked(received.parts[0].text) == Self.masked(markdown))
            #expect(Self.masked(received.parts[1].text) == Self.masked(html))
        }
    }

    @Test func ingestMailSendsTheDaysDigest() throws {
        guard Self.available() else { return }
        let server = try LocalSMTPServer(.plain)
        let cli = try Self.configured(Self.mail(server.url, to: ["me@example.org", "you@example.org"]))
        let result = try cli.run("ingest", "--input", Fixtures.path(Self.feed), "--mail")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix("ingested 1 source: 223 papers"))
        #expect(lines.last?.hasPrefix("mailed the 2026-07-27 digest to 2 recipients (") == true, "\(result.stdout)")
        #expect(try server.messageFiles().count == 1)
    }

    @Test func aMailThatFailsExits69AndKeepsTheIngest() throws {
        guard Self.available() else { return }
        let server = try LocalSMTPServer(.drop)
        let cli = try Self.configured(Self.mail(server.url))
        let result = try cli.run("ingest", "--input", Fixtures.path(Self.feed), "--mail")
        #expect(result.status == 69)
        #expect(result.stdout.hasPrefix("ingested 1 source: 223 papers"))
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("arxiv-bot: error: mail to 127.0.0.1:\(server.port) failed: the server dropped the connection"))
        let query = try cli.run("report", "--date", "2026-07-27", "--format", "json")
        #expect(query.status == 0 && !query.stdout.contains("\"paper_count\" : 0"), "the ingest stayed")
    }

    @Test func aMissingPasswordIsExit78BeforeConnecting() throws {
        var block = Self.mail("smtp://192.0.2.1:2525")  // TEST-NET-1: nothing answers there
        block["username"] = "bot"
        block["password_env"] = "TEST_SMTP_PASSWORD"
        let cli = try Self.configured(block)
        _ = try cli.run("ingest", "--input", Fixtures.path(Self.feed))
        let result = try cli.run(["mail", "--date", "2026-07-27"], environment: [:])
        #expect(result.status == 78 && result.stderrLines.count == 1)
        #expect(result.stderr.contains("mail.password_env names TEST_SMTP_PASSWORD, which is not set"), "\(result.stderr)")
    }
}
