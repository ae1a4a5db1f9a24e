import Foundation
import Testing
import TestSupport

struct ReportCommandTests {
    func ingested() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        _ = try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"))
        return cli
    }

    @Test func aDayAsTheReadmeOnStdout() throws {
        let cli = try ingested()
        let result = try cli.run("report", "--date", "2026-07-27")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# arXiv Papers Bot 🤖\n") && result.stdout.contains("- **Total Papers Found**: 26\n"))
    }

    @Test func aWeekToAFileWarnsAboutMissingDays() throws {
        let cli = try ingested()
        let result = try cli.run("report", "--week", "2026-W31", "--format", "rss", "--output", "feed.xml")
        #expect(result.status == 0 && result.stdout.isEmpty)
        #expect(result.stderr.contains("warning: no feed was ingested for 4 announcement days") && result.stderr.contains("2026-07-28"))
        let feed = try String(contentsOfFile: cli.path("feed.xml"), encoding: .utf8)
        #expect(feed.hasPrefix("<?xml") && feed.contains("oai:arXiv.org:2607.21602v1"))
    }

    @Test func anEmptyRangeIsSuccess() throws {
        let cli = try ingested()
        let result = try cli.run("report", "--from", "2026-05-01", "--to", "2026-05-03", "--format", "json")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"paper_count\" : 0") && result.stderr.contains("No papers matched"))
    }

    @Test(arguments: [
        (["--from", "2026-02-30"], "not a valid date"),
        (["--from", "2026-02-01", "--to", "2026-01-01"], "after the end date"),
        (["--week", "2025-W53"], "does not exist"),
        (["--week", "2026-02"], "not an ISO week"),
        (["--types", "novel"], "--types novel is unknown"),
    ])
    func badOptionsExit64WithOneLine(arguments: [String], message: String) throws {
        let cli = try ingested()
        let result = try cli.run(["report"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderrLines.count == 1 && result.stderr.contains(message), "\(result.stderr)")
    }

    @Test(arguments: [
        (["--format", "json", "--template", "digest"], "--template applies to markdown and html only"),
        (["--format", "rss", "--template", "readme"], "--template applies to markdown and html only"),
        (["--group", "category"], "--group applies to the digest template only"),
    ])
    func layoutOptionsAFormatCannotHonourAreRefused(arguments: [String], message: String) throws {
        let cli = try ingested()
        let result = try cli.run(["report", "--date", "2026-07-27"] + arguments)
        #expect(result.status == 64 && result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1 && result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func theDigestTemplateGroupsByCategory() throws {
        let cli = try ingested()
        let byDay = try cli.run("report", "--date", "2026-07-27", "--template", "digest")
        let byCategory = try cli.run("report", "--date", "2026-07-27", "--template", "digest", "--group", "category")
        #expect(byDay.status == 0 && byCategory.status == 0)
        #expect(byCategory.stdout != byDay.stdout && byCategory.stdout.contains("cs.AI"))
    }

    @Test func aMissingDatabaseExits66() throws {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let result = try cli.run("report", "--db", "nope.db")
        #expect(result.status == 66 && result.stderrLines.count == 1 && result.stderr.contains("nope.db"))
    }
}
