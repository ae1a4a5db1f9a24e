import Foundation
import Testing
import TestSupport

/// `tag` end to end: output, exit codes, `--offline` (66 naming the IDs), fetching unknown IDs
/// from a local stand-in for the arXiv API, import of a real library file, export as BibTeX.
struct TagCommandTests {
    /// A folder with the seed config and a store holding the cs.AI feed of 2026-07-27.
    func ingested(config: String? = nil) throws -> CLIRunner {
        let cli = try CLIRunner()
        if let config { try cli.write("config.json", config) } else { try cli.writeSeedConfig() }
        #expect(try cli.run("ingest", "--input", Fixtures.path("rss/cs.AI-2026-07-27.xml")).status == 0)
        return cli
    }

    @Test func addListRenameRemoveDelete() throws {
        let cli = try ingested()
        let add = try cli.run("tag", "add", "reading", "2607.21596v1", "https://arxiv.org/abs/2607.21597", "--offline")
        #expect(add.status == 0 && add.stdout == "tagged 2 papers as reading (2 new)\n")
        #expect(try cli.run("tag", "add", "reading", "arXiv:2607.21596", "--offline").stdout == "tagged 1 paper as reading (0 new)\n")
        let list = try cli.run("tag", "list")
        #expect(list.status == 0 && list.stdout.hasPrefix("reading\t2 papers\t2 in the store\tsince 20"))
        let one = try cli.run("tag", "list", "reading")
        #expect(one.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["2607.21596", "2607.21597"])
        #expect(try cli.run("tag", "rename", "reading", "read").stdout == "renamed reading to read\n")
        #expect(try cli.run("tag", "remove", "read", "2607.21597v3").stdout == "removed 1 paper from read\n")
        #expect(try cli.run("tag", "delete", "read").stdout == "deleted read (1 paper)\n")
        let gone = try cli.run("tag", "list", "read")
        #expect(gone.status == 66 && gone.stderr == "arxiv-bot: error: no tag named 'read'; `arxiv-bot tag list` shows the tags\n")
    }

    @Test func offlineUnknownIDsAreExit66NamingThem() throws {
        let cli = try ingested()
        let result = try cli.run("tag", "add", "mine", "2607.21596", "2601.99999v2", "hep-th/9901001", "--offline")
        #expect(result.status == 66)
        #expect(result.stderr.contains("2 papers are not in the store: 2601.99999, hep-th/9901001 (1 tagged)"))
        #expect(result.stderrLines.count == 1)
        #expect(try cli.run("tag", "list", "mine").stdout.hasPrefix("2607.21596\t"))
        let bad = try cli.run("tag", "add", "mine", "2607.215", "--offline")
        #expect(bad.status == 64 && bad.stderr.contains("'2607.215' is not an arXiv ID or URL"))
    }

    @Test func unknownIDsAreFetchedFromTheAPIByIDList() throws {
        let recorded = try #require(try JSONSerialization.jsonObject(with: Fixtures.data(
            "atom/recorded-http-2026/arxivpy-id_0808.05394_1707.08567_s0_m100_42e5aa0ec3af.json")) as? [String: Any])
        let body = try #require(recorded["body"] as? String)
        let server = try LocalHTTPServer { _ in .text(body, headers: ["Content-Type": "application/atom+xml"]) }
        defer { server.stop() }
        let cli = try ingested(config: #"{"categories": ["cs.AI"], "feeds": {"api_url": "\#(server.baseURL)/api/query", "request_delay_seconds": 0}}"#)
        let result = try cli.run("tag", "add", "mine", "2607.21596", "1707.08567v2")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "tagged 2 papers as mine (2 new, 1 fetched from the arXiv API)\n")
        #expect(server.requests.map(\.path) == ["/api/query?id_list=1707.08567&max_results=1"])
        #expect(try cli.run("tag", "list").stdout.hasPrefix("mine\t2 papers\t2 in the store"))
    }

    @Test func importARealLibraryAndExportItAsBibTeX() throws {
        let cli = try ingested()
        let result = try cli.run("tag", "import", "mine", Fixtures.whole.path("library/bbt-arxiv-identifiers-460.biblatex.bib"), "--offline")
        #expect(result.status == 0)
        #expect(result.stdout == "tagged 3 papers as mine (0 already in the store, 3 not in the store); 0 entries have no arXiv ID\n")
        try cli.write("broken.bib", "@article{a,\n  title = {never closed\n")
        let broken = try cli.run("tag", "import", "mine", cli.path("broken.bib"), "--offline")
        #expect(broken.status == 65 && broken.stderr.contains("broken.bib:2: unreadable bibtex: a brace opened here is never closed"))
        try cli.write("mixed.bib", "@article{good, title = {Kept}, eprint = {2607.21596}}\n@article{bad title = {x}}\n")
        let mixed = try cli.run("tag", "import", "mixed", cli.path("mixed.bib"), "--offline")
        #expect(mixed.status == 0)
        #expect(mixed.stdout == "tagged 1 paper as mixed (1 already in the store, 0 not in the store); 0 entries have no arXiv ID; 1 unreadable entry skipped\n")
        #expect(mixed.stderr.contains("mixed.bib:2: skipped: "))
        let missing = try cli.run("tag", "import", "mine", cli.path("nope.bib"), "--offline")
        #expect(missing.status == 66)
        let bib = try cli.run("export", "--format", "bibtex", "--from", "2026-07-27", "--to", "2026-07-27")
        #expect(bib.status == 0 && bib.stdout.hasPrefix("@misc{"))
        #expect(bib.stdout.contains("      archivePrefix={arXiv},\n") && bib.stdout.contains("      url={https://arxiv.org/abs/2607."))
        let ris = try cli.run("export", "--format", "ris")
        #expect(ris.stdout.hasPrefix("TY  - ") && ris.stdout.contains("ER  - \n"))
        let csl = try cli.run("export", "--format", "csljson", "--from", "2026-07-27", "--to", "2026-07-27")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(csl.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == bib.stdout.components(separatedBy: "@misc{").count - 1)
    }
}
