import Foundation
import Testing
import TestSupport

/// Watches end to end: config.json's `watches`, `watch list|show`, `query|export|report --watch`,
/// the digest's sections and the ingest line, on the real cs.AI feed of 2026-07-27.
struct WatchCommandTests {
    static var watches: [String: Any] { [
        "agents": ["query": "agents OR \"multi-agent\"", "categories": ["cs.AI"]],
        "people": ["authors": ["Heng Ji", "Christophe Guyeux"]],
        "reasoning": ["query": "reasoning", "min_score": 1, "exclude": ["benchmark"]],
    ] }

    /// The seed configuration with `watches` (and a mail block for dry runs) added, and the feed ingested.
    func ingested(_ watches: Any = WatchCommandTests.watches) throws -> (CLIRunner, ingestLine: String) {
        let cli = try CLIRunner()
        var config = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.file("config.seed.json"))) as? [String: Any])
        config["watches"] = watches
        config["mail"] = ["smtp_url": "smtp://127.0.0.1:9", "from": "bot@example.org", "to": ["me@example.org"]]
        try cli.write("config.json", String(decoding: try JSONSerialization.data(withJSONObject: config), as: UTF8.self))
        let ingest = try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"))
        return (cli, ingest.stdout)
    }

    func ids(_ json: String) throws -> [String] {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        return array.compactMap { $0["arxiv_id"] as? String }
    }

    @Test func listShowAndTheIngestLine() throws {
        let (cli, line) = try ingested()
        #expect(line.contains("; watches: agents "), "\(line)")
        #expect(line.contains(", people 4, reasoning "), "\(line)")
        let list = try cli.run("watch", "list", "--date", "2026-07-27")
        #expect(list.status == 0)
        let rows = list.stdout.split(separator: "\n")
        #expect(rows.count == 4 && rows[0].hasPrefix("watch") && rows[1].hasPrefix("agents"))
        let json = try cli.run("watch", "list", "--date", "2026-07-27", "--format", "json")
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        for row in counts {
            let name = try #require(row["name"] as? String)
            let query = try cli.run("query", "--watch", name, "--since", "2026-07-27", "--until", "2026-07-27", "--limit", "1000", "--format", "json")
            #expect(try ids(query.stdout).count == row["today"] as? Int, "\(name)")
        }
        let show = try cli.run("watch", "show", "reasoning")
        #expect(show.stdout.contains("same papers as:\n  arxiv-bot query 'reasoning -\"benchmark\"' --min-score 1.0\n"), "\(show.stdout)")
    }

    @Test func theShownCommandSelectsWhatTheWatchSelects() throws {
        let (cli, _) = try ingested()
        for name in ["agents", "people", "reasoning"] {
            let viaWatch = try cli.run("query", "--watch", name, "--format", "json", "--limit", "500")
            #expect(viaWatch.status == 0)
            #expect(try ids(viaWatch.stdout).count > 1, "\(name)")
            let shown = try cli.run("watch", "show", name).stdout.split(separator: "\n").last.map(String.init) ?? ""
            let words = try shellWords(shown.trimmingCharacters(in: .whitespaces))
            #expect(words.prefix(2) == ["arxiv-bot", "query"])
            let direct = try cli.run(Array(words.dropFirst()) + ["--format", "json", "--limit", "500"])
            #expect(try ids(direct.stdout) == (try ids(viaWatch.stdout)), "\(name)")
        }
    }

    @Test func digestSectionsEqualQueryWatch() throws {
        let (cli, _) = try ingested()
        let report = try cli.run("report", "--date", "2026-07-27", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let sections = try #require(document["watches"] as? [[String: Any]])
        #expect(sections.map { $0["name"] as? String } == ["agents", "people", "reasoning"])
        for section in sections {
            let name = try #require(section["name"] as? String)
            let papers = try #require(section["papers"] as? [[String: Any]]).compactMap { $0["arxiv_id"] as? String }
            let same = try cli.run("query", "--watch", name, "--since", "2026-07-27", "--until", "2026-07-27", "--sort", "score",
                                   "--limit", "30", "--format", "json")
            #expect(papers == (try ids(same.stdout)), "\(name)")
        }
        let markdown = try cli.run("report", "--date", "2026-07-27", "--template", "digest").stdout
        #expect(markdown.contains("## Watch: agents\n") && markdown.contains("## Watch: people\n"))
        let readme = try cli.run("report", "--date", "2026-07-27").stdout
        #expect(readme.contains("## 👀 Watch: reasoning\n"))
        let html = try cli.run("report", "--date", "2026-07-27", "--format", "html").stdout
        #expect(html.contains("<h2>Watch: people</h2>"))
        let none = try cli.run("report", "--date", "2026-07-27", "--no-watches", "--format", "json").stdout
        #expect(!none.contains("\"watches\""))
    }

    @Test func reportAndExportOfOneWatchInEveryFormat() throws {
        let (cli, _) = try ingested()
        let expected = try ids(try cli.run("query", "--watch", "people", "--format", "json").stdout)
        #expect(expected.count == 4)
        for format in ["markdown", "html", "json", "rss", "atom"] {
            let result = try cli.run("report", "--date", "2026-07-27", "--watch", "people", "--format", format)
            #expect(result.status == 0, "\(format): \(result.stderr)")
            for id in expected { #expect(result.stdout.contains(id), "\(format) lacks \(id)") }
        }
        let export = try cli.run("export", "--watch", "people", "--format", "jsonl")
        #expect(export.stdout.split(separator: "\n").count == 4)
        let unknown = try cli.run("report", "--watch", "nobody")
        #expect(unknown.status == 64 && unknown.stderr.contains("no watch is called nobody; config.json has agents, people, reasoning"))
        #expect(try cli.run("query", "x", "--watch", "people").status == 64)
    }

    @Test func theMailedDigestHasASectionPerWatch() throws {
        let (cli, _) = try ingested()
        let dry = try cli.run("mail", "--date", "2026-07-27", "--dry-run", "--output", cli.path("message.eml"))
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stderr.contains("(") && dry.stderr.contains("3 watches)"), "\(dry.stderr)")
        let message = try String(contentsOfFile: cli.path("message.eml"), encoding: .utf8)
        #expect(message.contains("## Watch: agents") && message.contains("## Watch: people"))
        let only = try cli.run("mail", "--date", "2026-07-27", "--dry-run", "--watch", "people")
        #expect(only.status == 0 && !only.stdout.contains("## Watch:"))
        let none = try cli.run("mail", "--date", "2026-07-27", "--dry-run", "--no-watches")
        #expect(none.status == 0 && !none.stdout.contains("## Watch:"))
    }

    @Test func aBadWatchIsRefusedBeforeAnythingIsWritten() throws {
        let cli = try CLIRunner()
        try cli.write("config.json", #"{"categories": ["cs.AI"], "watches": {"a": {"query": "x", "author": ["Ji"]}}}"#)
        let result = try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml"))
        #expect(result.status == 78)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("watches.a.author is not a watch field"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("papers.db")))
    }

    /// POSIX shell words of `line` (single quotes and `'\''` only, as `Watch.commandLine` writes them).
    func shellWords(_ line: String) throws -> [String] {
        var words: [String] = [], word = "", quoted = false, started = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "'" { quoted = false } else { word.append(c) }
            } else if c == "'" {
                quoted = true; started = true
            } else if c == "\\", let next = chars.popFirst() {
                word.append(next); started = true
            } else if c == " " {
                if started { words.append(word); word = ""; started = false }
            } else {
                word.append(c); started = true
            }
        }
        if started { words.append(word) }
        return words
    }
}
