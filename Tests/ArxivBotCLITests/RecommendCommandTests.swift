import Foundation
import Testing
import TestSupport

/// `recommend --tag`, `report --recommend`, `ingest --recommend` on the real cs.AI feed of
/// 2026-07-27, with papers tagged by hand.
struct RecommendCommandTests {
    /// Five papers tagged `mine`: the first five the store lists for "agents".
    func tagged() throws -> (CLIRunner, tagged: [String]) {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        #expect(try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml")).status == 0)
        let ids = try cli.run("query", "agents", "--limit", "5", "--format", "ids").stdout
            .split(separator: "\n").map { String($0.split(separator: "v").first ?? "") }
        #expect(ids.count == 5)
        #expect(try cli.run(["tag", "add", "mine"] + ids + ["--offline"]).status == 0)
        return (cli, ids)
    }

    func objects(_ json: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test func recommendLearnsFromATagAndLeavesItsPapersOut() throws {
        let (cli, tagged) = try tagged()
        let result = try cli.run("recommend", "--tag", "mine", "--from", "2026-07-27", "--to", "2026-07-27", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("by a model of 5 positive papers"), "\(result.stderr)")
        let papers = try objects(result.stdout)
        #expect(papers.count == 20)
        #expect(papers.allSatisfy { !tagged.contains($0["arxiv_id"] as? String ?? "") })
        #expect(papers.allSatisfy { !(($0["reasons"] as? [Any]) ?? []).isEmpty })
        // The terms that lifted a paper come from what the tagged papers say.
        let taggedText = try objects(try cli.run("query", "--tag", "mine", "--format", "json").stdout)
            .map { (($0["title"] as? String ?? "") + " " + ($0["abstract"] as? String ?? "")).lowercased() }.joined(separator: " ")
        for paper in papers.prefix(10) {
            let terms = (paper["reasons"] as? [[String: Any]] ?? []).compactMap { $0["term"] as? String }
            #expect(terms.contains { taggedText.contains($0.lowercased()) }, "\(terms)")
        }
        let unknown = try cli.run("recommend", "--tag", "nope")
        #expect(unknown.status == 66 && unknown.stderr.contains("no tag named 'nope'"))
    }

    @Test func reportAndIngestCarryTheRecommendations() throws {
        let (cli, tagged) = try tagged()
        let report = try cli.run("report", "--date", "2026-07-27", "--recommend", "mine", "--format", "json")
        #expect(report.status == 0, "\(report.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let selected = Set(try #require(document["papers"] as? [[String: Any]]).compactMap { $0["arxiv_id"] as? String })
        let recommended = try #require((document["recommended"] as? [String: Any])?["papers"] as? [[String: Any]])
        #expect(recommended.count == 10)
        let ids = recommended.compactMap { $0["arxiv_id"] as? String }
        #expect(Set(ids).isDisjoint(with: selected), "papers the keyword rule listed are not repeated")
        #expect(Set(ids).isDisjoint(with: tagged))
        #expect(recommended.allSatisfy { $0["recommendation_score"] is Double && !(($0["reasons"] as? [String]) ?? []).isEmpty })
        let digest = try cli.run("report", "--date", "2026-07-27", "--recommend", "mine", "--template", "digest").stdout
        #expect(digest.contains("## Recommended from your library\n") && digest.contains("why: "))
        let html = try cli.run("report", "--date", "2026-07-27", "--recommend", "mine", "--format", "html").stdout
        #expect(html.contains("<h2>Recommended from your library</h2>"))
        let plain = try cli.run("report", "--date", "2026-07-27", "--format", "json").stdout
        #expect(!plain.contains("\"recommended\""))
        let ingest = try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"), "--recommend", "mine")
        let line = try #require(ingest.stdout.split(separator: "\n").last.map(String.init))
        #expect(line.hasPrefix("recommended ") && line.contains(" new papers from mine (2026-07-27)"), "\(line)")
        #expect(try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"), "--recommend", "nope").status == 66)
    }
}
