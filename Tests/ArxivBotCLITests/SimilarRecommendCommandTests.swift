import Foundation
import Testing
import TestSupport

/// `similar` and the hidden `recommend --ids` on the binary, over one page of the 2016 cs harvest.
struct SimilarRecommendCommandTests {
    func ingested() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.writeSeedConfig()
        let page = try Fixtures.path("oai/cs-2016-03-09-arXiv/page-001.xml")
        #expect(try cli.run("ingest", "--input", page).status == 0)
        return cli
    }

    @Test func similarPrintsScoredPapersWithReasonsButNeverThePaper() throws {
        let cli = try ingested()
        let result = try cli.run("similar", "https://arxiv.org/abs/0704.0046v2", "--format", "json", "--limit", "5")
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 5)
        #expect(!array.contains { $0["arxiv_id"] as? String == "0704.0046" })
        for paper in array {
            #expect(paper["score"] is Double)
            #expect(((paper["reasons"] as? [[String: Any]])?.isEmpty) == false)
        }
        let table = try cli.run("similar", "0704.0046", "--limit", "2")
        #expect(table.status == 0 && table.stdout.contains("because: "))
    }

    @Test func anUnknownPaperExits66AndABadDateIsAUsageError() throws {
        let cli = try ingested()
        let unknown = try cli.run("similar", "1999.99999")
        #expect(unknown.status == 66 && unknown.stderr.contains("not in the store"))
        let badDate = try cli.run("similar", "0704.0046", "--since", "yesterday")
        #expect(badDate.status == 64)
    }

    @Test func recommendRanksByAModelOrFallsBackAndSaysSo() throws {
        let cli = try ingested()
        let ids = try cli.run("query", "graph", "--format", "ids", "--limit", "4", "--include-excluded")
        let positives = ids.stdout.split(separator: "\n").map(String.init)
        #expect(positives.count == 4)
        let model = try cli.run("recommend", "--ids", positives.joined(separator: ","), "--all", "--format", "ids", "--limit", "7")
        #expect(model.status == 0 && model.stderr.contains("by a model of 4 positive papers"))
        let ranked = model.stdout.split(separator: "\n").map(String.init)
        #expect(ranked.count == 7 && Set(ranked).isDisjoint(with: positives))
        let one = try cli.run("recommend", "--ids", positives[0], "--all", "--format", "csv", "--limit", "3")
        #expect(one.status == 0 && one.stderr.contains("similar to it instead"))
        #expect(one.stdout.hasPrefix("arxiv_id,version,date,primary_category,title,score,reasons,url\r\n"))  // RFC 4180
    }
}
