import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// BibTeX, RIS and CSL JSON written from a store of real feeds (and one crafted paper whose title
/// holds every character TeX treats as special), read back by real parsers: Python's
/// bibtexparser (with pylatexenc for the TeX), rispy, JSONSerialization, and our own reader.
struct CitationExportTests {
    static let special = #"Braces {x} & 100% $5 #1 a_b ~tilde ^hat back\slash — Schrödinger's "cat""#

    static func store() throws -> TemporaryStore {
        let temp = try TemporaryStore()
        let feeds = ["rss/quant-ph-2024-12-30.xml", "atom/api-2026/brevio-cs.LG-OR-cs.AI-2026-04-30.xml"]
        let report = try Ingestor(store: temp.store, scorer: Scorer(configuration: Configuration()), http: nil)
            .ingest(feeds.map { .file(try Fixtures.path($0)) })
        #expect(report.failed.isEmpty)
        var crafted = record("2607.00009", title: special, authors: ["René Dost", "Łukasz Kaiser", "Ludwig van Beethoven"],
                             announced: "2026-07-28", published: "2026-07-24")
        crafted.doi = "10.1000/a_b%c"
        crafted.journalRef = "J. Special & Chars 1 (2026) 1-2"
        try temp.store.write(crafted, score: noScore, now: "2026-07-28T00:00:00Z")
        return temp
    }

    static func papers(_ store: PaperStore) throws -> [PaperResult] {
        var papers: [PaperResult] = []
        try store.forEachPaper(matching: PaperFilter()) { papers.append($0) }
        return papers
    }

    func write(_ store: PaperStore, _ format: CitationFormat) throws -> (path: String, text: String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).\(format)").path
        let output = try OutputFile(path: path)
        try PaperExporter(citations: format).export(from: store, matching: PaperFilter(), to: output)
        try output.commit()
        return (path, try String(contentsOfFile: path, encoding: .utf8))
    }

    @Test func bibtexReadsBackWithBibtexparserFieldForField() throws {
        let temp = try Self.store()
        let papers = try Self.papers(temp.store)
        #expect(papers.count > 100)
        #expect(papers.contains { $0.doi != nil } && papers.contains { $0.title == Self.special })
        let (path, text) = try write(temp.store, .bibtex)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try PythonParsers.run(PythonParsers.bibtex, path)
        let parsed = try JSONDecoder().decode(PythonParsers.BibOutput.self, from: Data(result.utf8))
        #expect(parsed.failed == 0)
        #expect(parsed.entries.count == papers.count)
        #expect(Set(parsed.entries.map(\.key)).count == papers.count, "keys are unique")
        for (paper, entry) in zip(papers, parsed.entries) {
            #expect(entry.fields["title"] == paper.title.normalizingWhitespace(), "\(paper.arxivID)")
            #expect(entry.fields["author"] == paper.authors.map { $0.normalizingWhitespace() }.joined(separator: " and "), "\(paper.arxivID)")
            #expect(entry.fields["eprint"] == paper.arxivID)
            #expect(entry.fields["archiveprefix"] == "arXiv")
            #expect(entry.fields["primaryclass"] == paper.primaryCategory)
            #expect(entry.fields["url"] == paper.url)
            #expect(entry.fields["doi"] == paper.doi)
            #expect(entry.fields["journal"] == paper.journalRef?.normalizingWhitespace())
            #expect(entry.fields["year"] == (paper.published ?? paper.date).map { String($0.description.prefix(4)) })
            #expect(entry.type == "misc")
        }
        #expect(text.contains("title={Braces \\{x\\} \\& 100\\% \\$5 \\#1 a\\_b \\textasciitilde{}tilde \\textasciicircum{}hat back\\textbackslash{}slash — Schrödinger's \"cat\"}"))
    }

    @Test func bibtexReadsBackWithOurOwnReader() throws {
        let temp = try Self.store()
        let papers = try Self.papers(temp.store)
        let text = try CitationExport.render(papers, as: .bibtex)
        let contents = try LibraryReader.read(text, file: "export.bib")
        #expect(contents.skipped.isEmpty)
        #expect(contents.entries.count == papers.count)
        #expect(contents.arxivIDs.map(\.rawValue) == papers.map(\.arxivID))
        for (paper, entry) in zip(papers, contents.entries) {
            #expect(entry.title == paper.title.normalizingWhitespace())
            #expect(entry.authors == paper.authors.map { $0.normalizingWhitespace() })
            #expect(entry.doi == paper.doi)
            #expect(entry.year == (paper.published ?? paper.date).flatMap { Int($0.description.prefix(4)) })
        }
    }

    @Test func risReadsBackWithRispy() throws {
        let temp = try Self.store()
        let papers = try Self.papers(temp.store)
        let (path, text) = try write(temp.store, .ris)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(!text.contains("\r"))
        let parsed = try JSONDecoder().decode([PythonParsers.RISRecord].self, from: Data(try PythonParsers.run(PythonParsers.ris, path).utf8))
        #expect(parsed.count == papers.count)
        for (paper, record) in zip(papers, parsed) {
            #expect(record.title == paper.title.normalizingWhitespace() || record.title == paper.title, "\(paper.arxivID)")
            #expect(record.authors.count == paper.authors.count)
            let names = paper.authors.map { PersonName($0) }.map { $0.given.isEmpty ? $0.family : "\($0.family), \($0.given)" }
            #expect(record.authors == names)
            #expect(record.doi == paper.doi)
            #expect(record.urls == [paper.url])
            #expect(record.abstract == RISWriter.oneLine(paper.abstract))
            #expect(record.journal_name == paper.journalRef.map(RISWriter.oneLine))
            #expect(record.accession_number == "arXiv:\(paper.arxivID)")
            #expect(record.year == (paper.published ?? paper.date).map { String($0.description.prefix(4)) })
        }
        let ours = try LibraryReader.read(text, file: "export.ris")
        #expect(ours.arxivIDs.map(\.rawValue) == papers.map(\.arxivID))
    }

    @Test func cslJSONIsAnArrayOfItemsWithTheArxivNumber() throws {
        let temp = try Self.store()
        let papers = try Self.papers(temp.store)
        let (path, text) = try write(temp.store, .csljson)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let items = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(items.count == papers.count)
        for (paper, item) in zip(papers, items) {
            #expect(item["title"] as? String == paper.title)
            #expect(item["number"] as? String == paper.arxivID)
            #expect(item["publisher"] as? String == "arXiv" && item["type"] as? String == "article")
            #expect(item["URL"] as? String == paper.url)
            #expect(item["DOI"] as? String == paper.doi)
            #expect((item["author"] as? [[String: String]])?.count == paper.authors.count)
            #expect(item["abstract"] as? String == (paper.abstract.isEmpty ? nil : paper.abstract))
            #expect(item["container-title"] as? String == paper.journalRef)
            #expect(item["keyword"] as? String == paper.primaryCategory)
        }
        let crafted = try #require(items.first { $0["number"] as? String == "2607.00009" })
        #expect((crafted["author"] as? [[String: String]])?[2] == ["family": "van Beethoven", "given": "Ludwig"])
        #expect(((crafted["issued"] as? [String: Any])?["date-parts"] as? [[Int]]) == [[2026, 7, 24]])
        let ours = try LibraryReader.read(text, file: "export.json")
        #expect(ours.arxivIDs.map(\.rawValue) == papers.map(\.arxivID))
        #expect(try write(temp.store, .csljson).text == text, "stable across runs")
    }

    @Test(arguments: ["plain title", " leading", "trailing ", "two  blanks", "tab\there", "line\nbreak", "nbsp\u{A0}here",
                      "em\u{2003}space", "ideographic\u{3000}space", "Schrödinger — cat", "", " "])
    func theFastSpacingPathAgreesWithNormalizingWhitespace(_ text: String) {
        #expect(BibTeXWriter.spaced(text) == text.normalizingWhitespace())
    }

    @Test func theTitlePrefilterReadsOnlyWhatFoldingWouldGiveTheSame() {
        #expect(TitleKey.asciiFirstWord("ELUDE: Generating") == Array("elude".utf8))
        #expect(TitleKey.asciiFirstWord("\"Quoted\" start") == Array("quoted".utf8))
        #expect(TitleKey.asciiFirstWord("3D scenes") == Array("3d".utf8))
        #expect(TitleKey.asciiFirstWord("Über alles") == nil)
        #expect(TitleKey.asciiFirstWord("Schrödinger") == nil)
        for title in ["ELUDE: Generating", "\"Quoted\" start", "3D scenes", "a-b c"] {
            let key = TitleKey.normalize(title)
            #expect(TitleKey.asciiFirstWord(title) == Array(key.utf8.prefix { $0 != 0x20 }), "\(title)")
        }
    }

    @Test func keysFollowArxivsShapeAndClashesGetLetters() {
        func paper(_ id: String, _ title: String, _ author: String) -> PaperResult {
            PaperResult(arxivID: id, version: 1, title: title, abstract: "", authors: [author], categories: ["cs.LG"],
                        primaryCategory: "cs.LG", date: Day(iso: "2026-06-03"), published: Day(iso: "2026-06-02"), updated: nil,
                        announceType: nil, score: 0, excluded: false, keywordHits: [], doi: nil, journalRef: nil, comments: nil,
                        summary: nil, summaryModel: nil, snippet: nil)
        }
        var keys = CitationKeys()
        #expect(keys.key(for: paper("2606.03199", "CLARI: Clarifying questions", "Alston Lo")) == "lo2026clari")
        #expect(keys.key(for: paper("2606.03200", "Clari again", "Bo Lo")) == "lo2026claria")
        #expect(keys.key(for: paper("2606.03201", "clari, third", "Cy Lo")) == "lo2026clarib")
        #expect(keys.key(for: paper("2606.03202", "The Ørsted effect", "Łukasz Żółć")) == "zolc2026orsted")
        #expect(CitationKeys.suffix(25) == "z" && CitationKeys.suffix(26) == "aa")
    }
}
