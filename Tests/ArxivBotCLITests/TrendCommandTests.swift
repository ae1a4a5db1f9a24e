import Foundation
import Testing
import TestSupport

/// `trend` end to end on the real cs.AI feed of 2026-07-27: every format, the output file, and
/// one-line usage errors with exit 64.
struct TrendCommandTests {
    func ingested() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let ingest = try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"))
        #expect(ingest.status == 0)
        return cli
    }

    @Test func formatsAgreeWithQuery() throws {
        let cli = try ingested()
        let range = ["--by", "week", "--from", "2026-07-20", "--to", "2026-08-09"]
        let json = try cli.run(["trend", "agents", "reasoning", "--format", "json"] + range)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let periods = try #require(object["periods"] as? [[String: Any]])
        #expect(periods.map { $0["period"] as? String } == ["2026-W30", "2026-W31", "2026-W32"])
        // The week of 2026-07-27 holds every paper of the feed; the others are listed with zero.
        let query = try cli.run("query", "agents", "--limit", "1000", "--format", "ids")
        let expected = query.stdout.split(separator: "\n").count
        #expect(expected > 0)
        #expect((periods[1]["counts"] as? [Int])?.first == expected)
        #expect((periods[0]["counts"] as? [Int]) == [0, 0] && (periods[2]["counts"] as? [Int]) == [0, 0])

        let table = try cli.run(["trend", "agents", "--share"] + range)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 4 && lines[0].hasPrefix("week") && lines[0].contains("▁▂▃▄▅▆▇█"), "\(table.stdout)")
        #expect(lines[2].hasPrefix("2026-W31") && lines[2].contains(" \(expected) ") && lines[2].contains("█"))

        let csv = try cli.run(["trend", "agents", "reasoning", "--format", "csv"] + range)
        #expect(csv.stdout.hasPrefix("period,first,last,query,count,total,share,closed,incomplete\r\n"))
        #expect(csv.stdout.split(separator: "\r\n").count == 1 + 3 * 2)

        let plain = try cli.run(["trend", "--format", "csv"] + range + ["--", "-survey"])
        let safe = try cli.run(["trend", "--format", "csv", "--excel-safe"] + range + ["--", "-survey"])
        #expect(plain.stdout.contains(",-survey,") && safe.stdout.contains(",'-survey,"), "\(plain.stderr)\(safe.stderr)")

        let bars = try cli.run(["trend", "agents", "--format", "svg", "--bars"] + range)
        #expect(bars.stdout.components(separatedBy: "<rect class=\"point\"").count == 4, "one bar per week")
        let svg = try cli.run(["trend", "agents", "--format", "svg", "--output", cli.path("t.svg")] + range)
        #expect(svg.status == 0 && svg.stdout.isEmpty)
        let written = try String(contentsOfFile: cli.path("t.svg"), encoding: .utf8)
        #expect(written.contains("<svg ") && written.components(separatedBy: "class=\"point\"").count == 4)
    }

    @Test(arguments: [
        (["trend"], "give a query"),
        (["trend", "a", "b", "c", "d", "e", "f", "g", "h", "i"], "at most 8"),
        (["trend", "a", "--by", "fortnight"], "fortnight"),
        (["trend", "a", "--from", "2023-13"], "--from 2023-13"),
        (["trend", "a", "--from", "2023-01", "--days", "5"], "--days"),
        (["trend", "a", "--rising"], "--rising takes no query"),
        (["trend", "--rising", "--from", "2026-01"], "--rising takes --days N"),
        (["trend", "a", "--from", "2026-01", "--since", "2026-01-01"], "--from and --since say the same thing"),
        (["trend", "a", "b", "--bars", "--format", "svg"], "--bars draws one query"),
    ])
    func badInputIsOneLineAndUsage(arguments: [String], message: String) throws {
        let cli = try ingested()
        let result = try cli.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func risingRunsOnTheFeed() throws {
        let cli = try ingested()
        let result = try cli.run("trend", "--rising", "--days", "7", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [Any])
    }
}
