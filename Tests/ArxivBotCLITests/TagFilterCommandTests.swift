import Foundation
import Testing
import TestSupport

/// `--tag` on query, export and report: only tagged papers, any of several tags, a tag that
/// does not exist named (66); tags survive a re-ingest and a rescore.
struct TagFilterCommandTests {
    func tagged() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        #expect(try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml")).status == 0)
        #expect(try cli.run("tag", "add", "reading", "2607.21596", "2607.21597", "--offline").status == 0)
        #expect(try cli.run("tag", "add", "mine", "2607.21602", "--offline").status == 0)
        return cli
    }

    func ids(_ json: String) throws -> Set<String> {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        return Set(array.compactMap { $0["arxiv_id"] as? String })
    }

    @Test func queryExportAndReportKeepOnlyTaggedPapers() throws {
        let cli = try tagged()
        let all = try cli.run("query", "--tag", "reading", "--format", "json", "--limit", "100")
        #expect(try ids(all.stdout) == ["2607.21596", "2607.21597"])
        let union = try cli.run("query", "--tag", "reading", "--tag", "mine", "--format", "json", "--limit", "100")
        #expect(try ids(union.stdout) == ["2607.21596", "2607.21597", "2607.21602"])
        let everything = try cli.run("query", "--format", "json", "--limit", "100")
        #expect(try ids(everything.stdout).count > 3)
        let bibtex = try cli.run("export", "--tag", "reading", "--format", "bibtex")
        #expect(bibtex.stdout.components(separatedBy: "@misc{").count - 1 == 2)
        #expect(bibtex.stdout.contains("eprint={2607.21596}") && bibtex.stdout.contains("eprint={2607.21597}"))
        let csv = try cli.run("export", "--tag", "mine")
        #expect(csv.stdout.split(separator: "\r\n").count == 2, "header and one paper")
        let report = try cli.run("report", "--date", "2026-07-27", "--tag", "reading", "--min-score", "0", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let papers = try #require(document["papers"] as? [[String: Any]]).compactMap { $0["arxiv_id"] as? String }
        #expect(!papers.isEmpty && Set(papers).isSubset(of: ["2607.21596", "2607.21597"]))
    }

    @Test func anUnknownTagIsNamed() throws {
        let cli = try tagged()
        for command in [["query", "agents", "--tag", "nope"], ["export", "--tag", "nope"], ["report", "--tag", "nope"]] {
            let result = try cli.run(command)
            #expect(result.status == 66, "\(command)")
            #expect(result.stderrLines == ["arxiv-bot: error: no tag named 'nope'; `arxiv-bot tag list` shows the tags"])
        }
    }

    @Test func tagsSurviveReingestAndRescore() throws {
        let cli = try tagged()
        #expect(try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml")).status == 0)
        #expect(try cli.run("rescore").status == 0)
        let after = try cli.run("query", "--tag", "reading", "--format", "json")
        #expect(try ids(after.stdout) == ["2607.21596", "2607.21597"])
    }
}
