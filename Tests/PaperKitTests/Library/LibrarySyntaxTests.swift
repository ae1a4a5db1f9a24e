import Foundation
import Testing
@testable import PaperKit

/// The spellings real exporters use that the fixtures do not all show: Google Scholar's
/// `journal={arXiv preprint arXiv:...}`, `@string` and `#`, old-style URLs with versions, RIS,
/// CSL JSON, ID lists; broken entries skipped, unreadable files refused with file:line.
struct LibrarySyntaxTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var format: LibraryFormat
        var ids: [String]
        var skipped = 0
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "google scholar", text: """
            @article{lo2026clari,
              title={Clari: a test},
              author={Lo, Alston and Mucko, Luka},
              journal={arXiv preprint arXiv:2601.03043},
              year={2026}
            }
            """, format: .bibtex, ids: ["2601.03043"]),
        Case(name: "arxiv export, string macros, concatenation, comments", text: """
            % written by hand; mail me @ home
            @comment{ignore @article{inside, eprint = {9999.99999}} }
            @preamble{ "\\newcommand{\\x}{x}" }
            @string{ax = "arXiv"}
            @misc{a, title = "One " # {Two}, eprint = {2606.03199v2}, archivePrefix = ax, primaryClass={cs.LG}}
            @misc(b, title = {Old}, url = "http://arxiv.org/abs/hep-th/9901001v3")
            @techreport{c, title = {Scanned}, number = {arXiv:math/0309136}, year = 2003}
            @article{d, title = {Noted}, note = {see https://arxiv.org/pdf/2401.00001v1.pdf}}
            @article{e, title = {Published}, doi = {10.1103/PhysRevD.1.1}, eprint = {pubmed123}, eprinttype = {pubmed}}
            """, format: .bibtex, ids: ["2606.03199", "hep-th/9901001", "math/0309136", "2401.00001"]),
        Case(name: "a broken entry among good ones", text: """
            @article{good1, title = {First}, eprint = {2601.00001}}
            @article{bad, title = {Unclosed, eprint = {2601.00002}
            @article{good2, title = {Second}, eprint = {2601.00003}}
            """, format: .bibtex, ids: ["2601.00001", "2601.00003"], skipped: 1),
        Case(name: "ris", text: """
            TY  - JOUR
            TI  - A record
            AU  - Lo, Alston
            PY  - 2026
            UR  - https://arxiv.org/abs/2601.03043v1
            ER  - 

            TY  - RPRT
            TI  - Another
            M3  - arXiv:2601.02569
            ER  - 

            TY  - JOUR
            TI  - No id
            JO  - Nature
            ER  - 
            """, format: .ris, ids: ["2601.03043", "2601.02569"]),
        Case(name: "csl json", text: """
            [{"id": "x", "type": "article", "title": "CSL item", "author": [{"family": "Lo", "given": "Alston"}],
              "issued": {"date-parts": [[2026, 1, 7]]}, "URL": "https://arxiv.org/abs/2601.03043", "number": "arXiv:2601.03043"},
             {"id": "y", "type": "article", "title": "DOI only", "DOI": "10.48550/arXiv.2601.02569"},
             {"id": "z", "type": "article-journal", "title": "No id at all"}]
            """, format: .json, ids: ["2601.03043", "2601.02569"]),
        Case(name: "zotero web api", text: """
            [{"key": "ABCD", "data": {"itemType": "preprint", "title": "Web API item", "archiveID": "arXiv:2501.00001",
              "creators": [{"creatorType": "author", "firstName": "A", "lastName": "B"}], "date": "2025-01-01"}}]
            """, format: .json, ids: ["2501.00001"]),
        Case(name: "id list", text: """
            # my reading list
            2601.03043
            https://arxiv.org/abs/2601.02569v2   # the second one
            hep-th/9901001v1
            arXiv:2601.03043
            not an id

            """, format: .idList, ids: ["2601.03043", "2601.02569", "hep-th/9901001"], skipped: 1),
    ]

    @Test(arguments: cases)
    func readsEachSpelling(_ c: Case) throws {
        let contents = try LibraryReader.read(c.text, file: "lib.txt")
        #expect(contents.format == c.format)
        #expect(contents.arxivIDs.map(\.rawValue) == c.ids)
        #expect(contents.skipped.count == c.skipped)
    }

    @Test func fieldsAreDecodedAndLinesCounted() throws {
        let contents = try LibraryReader.read(Self.cases[1].text, file: "lib.bib")
        #expect(contents.entries.map(\.title) == ["One Two", "Old", "Scanned", "Noted", "Published"])
        #expect(contents.entries.map(\.line) == [5, 6, 7, 8, 9])
        let broken = try LibraryReader.read(Self.cases[2].text, file: "lib.bib")
        #expect(broken.skipped.first?.line == 2)
        let ris = try LibraryReader.read(Self.cases[3].text, file: "lib.ris")
        #expect(ris.entries.map(\.line) == [1, 8, 13])
        #expect(ris.entries[0].authors == ["Lo, Alston"] && ris.entries[0].year == 2026)
        #expect(ris.withoutID.map(\.title) == ["No id"])
        let json = try LibraryReader.read("""
            {"config": {"id": "x"}, "collections": [{"name": "not an item"}],
             "items": [
               {"title": "First", "extra": "arXiv: 2601.00001"},
               {"title": "Second"}]}
            """, file: "lib.json")
        #expect(json.entries.map(\.line) == [3, 4])
    }

    @Test(arguments: [
        ("@article{a, title = {never closed", "lib.bib:1: unreadable bibtex"),
        ("TY  - JOUR\nTI  - no end\n", "lib.bib:1: unreadable ris"),
        ("[{\"title\": \"x\"", "lib.bib:1: unreadable json"),
        ("just some prose\nwith no ids\n", "lib.bib:1: not a library file"),
        ("\n\nnot an id\n", "lib.bib:3: not a library file"),
    ])
    func aFileThatCannotBeReadIsOneErrorWithItsLine(text: String, prefix: String) {
        #expect {
            _ = try LibraryReader.read(text, file: "lib.bib")
        } throws: { error in
            guard let error = error as? LibraryError else { return false }
            return error.exitCode == .dataError && error.message.hasPrefix(prefix) && error.message.contains("; ")
        }
    }

    @Test func aMissingFileIsExit66() {
        #expect(throws: LibraryError.unreadable(file: "/no/such.bib", reason: "no such file")) {
            _ = try LibraryReader.read(path: "/no/such.bib")
        }
    }
}
