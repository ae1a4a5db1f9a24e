import Foundation
import PaperKit
import Testing
import TestSupport

/// `arxiv-bot init`: a starter config.json a stranger can edit, that every other command accepts,
/// and that is never written over.
struct InitCommandTests {
    /// Every key of a JSON object and of the objects inside it, as `ai_summary.model`.
    static func keyPaths(_ object: [String: Any], prefix: String = "") -> Set<String> {
        var paths = Set<String>()
        for (key, value) in object {
            paths.insert(prefix + key)
            if let inner = value as? [String: Any] { paths.formUnion(keyPaths(inner, prefix: prefix + key + ".")) }
        }
        return paths
    }

    static func object(at path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(path) holds an object")
    }

    @Test func initWritesEverySeedKeyAndEveryCommandAcceptsTheFile() throws {
        let cli = try CLIRunner()
        let result = try cli.run("init")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout == "wrote ./config.json\nnext: edit categories and keywords, then run 'arxiv-bot ingest' "
                + "(or 'arxiv-bot ingest --input FILE' offline)\n")

        let seed = try Self.object(at: try Fixtures.seedConfigPath())
        let written = try Self.object(at: cli.path("config.json"))
        let missing = Self.keyPaths(seed).subtracting(Self.keyPaths(written))
        #expect(missing.isEmpty, "keys of config.seed.json missing from the starter: \(missing.sorted())")
        #expect(Self.keyPaths(written).isSuperset(of: ["match", "database", "feeds.rss_url", "ai_summary.input"]))
        #expect(written["categories"] as? [String] == seed["categories"] as? [String])
        #expect(written["keywords"] as? [String] == seed["keywords"] as? [String])
        let text = try String(contentsOfFile: cli.path("config.json"), encoding: .utf8)
        #expect(text.hasPrefix("{\n    \"categories\": [\n"), "categories first, four-space indent")

        let configuration = try Configuration.load(from: cli.path("config.json"))
        #expect(configuration.warnings.isEmpty, "\(configuration.warnings)")
        let ingest = try cli.run("ingest", "--input", try Fixtures.path("rss/cs.AI-2026-07-27.xml"))
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("223 papers"))
        #expect(ingest.stderr.isEmpty, "no warnings about the starter's keys: \(ingest.stderr)")
        #expect(FileManager.default.fileExists(atPath: cli.path("papers.db")), "database papers.db beside config.json")
        let status = try cli.run("status", "--config", cli.path("config.json"), "--days", "3")
        #expect(status.status == 0, "\(status.stderr)")
    }

    @Test func aSecondInitExits73AndLeavesTheFileAlone() throws {
        let cli = try CLIRunner()
        #expect(try cli.run("init").status == 0)
        try cli.write("config.json", #"{"categories": ["hep-th"], "keywords": ["string"]}"#)
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.path("config.json")))
        let again = try cli.run("init")
        #expect(again.status == 73)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr == "arxiv-bot: error: ./config.json already exists; edit it, "
                + "or pass --dir to write a new one elsewhere\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("config.json"))) == before, "byte-identical")
        #expect(try cli.run("init", "--dir", ".").status == 73)
    }

    @Test func dirCreatesNestedFoldersAndTheHintNamesTheFile() throws {
        let cli = try CLIRunner()
        let result = try cli.run("init", "--dir", "a/b/c/")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("wrote a/b/c/config.json\n"))
        #expect(result.stdout.contains("'arxiv-bot ingest --config a/b/c/config.json'"))
        _ = try Configuration.load(from: cli.path("a/b/c/config.json"))
        let absolute = cli.path("x/y")
        let second = try cli.run("init", "--dir", absolute)
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix("wrote \(absolute)/config.json\n"))
        let ingest = try cli.run("ingest", "--config", absolute + "/config.json", "--input",
                                 try Fixtures.path("rss/cs.AI-2026-07-27.xml"))
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(FileManager.default.fileExists(atPath: absolute + "/papers.db"), "the store sits beside its config")
    }

    @Test(arguments: [("file", "file"), ("file/sub", "file"), ("file/sub/deeper", "file")])
    func aFolderThatCannotBeCreatedExits73NamingIt(dir: String, named: String) throws {
        let cli = try CLIRunner()
        try cli.write("file", "not a folder\n")
        let result = try cli.run("init", "--dir", dir)
        #expect(result.status == 73)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("arxiv-bot: error: cannot create \(named): "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("config.json")))
    }
}
