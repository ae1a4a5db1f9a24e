import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// The readers on real reference-manager exports (`Tests/Fixtures/library/`). The expected IDs
/// were counted by hand and with grep (`grep -c '^@'`, `grep -i arxiv`) on each file.
struct LibraryReaderTests {
    static func read(_ name: String) throws -> LibraryContents {
        try LibraryReader.read(path: try Fixtures.whole.path("library/" + name))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var format: LibraryFormat
        var entries: Int
        var ids: [String]
        var testDescription: String { file }
    }

    static let cases = [
        Case(file: "bbt-arxiv-identifiers-460.bib", format: .bibtex, entries: 3, ids: ["1401.2910", "1508.05387", "1305.4904"]),
        Case(file: "bbt-arxiv-identifiers-460.biblatex.bib", format: .bibtex, entries: 3, ids: ["1401.2910", "1508.05387", "1305.4904"]),
        Case(file: "bbt-arxiv-identifiers-460.zotero.json", format: .json, entries: 3, ids: ["1305.4904", "1508.05387", "1401.2910"]),
        Case(file: "bbt-arxiv-categories-extra-2483.bib", format: .bibtex, entries: 1, ids: ["2206.07690"]),
    ]

    @Test(arguments: cases)
    func findsEveryArxivIDOfARealExport(_ c: Case) throws {
        let contents = try Self.read(c.file)
        #expect(contents.format == c.format)
        #expect(contents.entries.count == c.entries)
        #expect(contents.skipped.isEmpty)
        #expect(contents.arxivIDs.map(\.rawValue) == c.ids)
    }

    @Test func betterBibTeXAccentsAndCaseBracesBecomePlainUnicode() throws {
        let bib = try Self.read("bbt-arxiv-identifiers-460.bib").entries
        #expect(bib[0].authors.first == "Rønnow, Troels F.")
        #expect(bib[0].authors.count == 9)
        #expect(bib[0].year == 2014 && bib[0].doi == "10.1126/science.1252319" && bib[0].line == 1)
        #expect(bib[1].title == "BV Master Action for Heterotic and Type II String Field Theories")
        let biblatex = try Self.read("bbt-arxiv-identifiers-460.biblatex.bib").entries
        #expect(biblatex[0].authors.first == "Rønnow, Troels F.")
        #expect(biblatex.map(\.year) == [2014, 2016, 2013])
        #expect(biblatex.map(\.title) == bib.map(\.title))
        let elude = try Self.read("bbt-arxiv-categories-extra-2483.bib").entries[0]
        #expect(elude.title == "ELUDE: Generating Interpretable Explanations via a Decomposition into Labelled and Unlabelled Features")
        #expect(elude.year == 2022 && elude.doi == "10.48550/arXiv.2206.07690")
    }

    @Test func zoteroJSONItemsKeepTheirLines() throws {
        let items = try Self.read("bbt-arxiv-identifiers-460.zotero.json").entries
        #expect(items[0].authors == ["John A. Smolin", "Graeme Smith"])
        #expect(items[0].year == 2013 && items[1].year == 2016)
        let text = try String(contentsOfFile: try Fixtures.whole.path("library/bbt-arxiv-identifiers-460.zotero.json"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for item in items { #expect(lines[item.line - 1].trimmingCharacters(in: .whitespaces) == "{") }
        #expect(items[0].line > 10)
    }

    @Test func theFormatComesFromTheContentNotTheName() throws {
        let text = try String(contentsOfFile: try Fixtures.whole.path("library/bbt-arxiv-identifiers-460.bib"), encoding: .utf8)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lib-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try LibraryReader.read(path: folder.path).format == .bibtex)
    }
}
