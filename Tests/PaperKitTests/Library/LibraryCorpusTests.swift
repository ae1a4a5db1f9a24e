import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// The whole Zotero library of the shared corpus (`../shared/fixtures/library/`), too large for
/// `Tests/Fixtures`' size limit: run with `ARXIV_FIXTURES=../shared/fixtures/arxiv`.
@Suite(.corpus)
struct LibraryCorpusTests {
    @Test func aWholeZoteroLibraryReadsEveryEntryAndFindsItsFourPreprints() throws {
        let corpus = try Corpus.required()
        let file = corpus.root.deletingLastPathComponent().appendingPathComponent("library/zotero-webapi-jcpru-references.bib")
        let started = Date()
        let contents = try LibraryReader.read(path: file.path)
        let seconds = Date().timeIntervalSince(started)
        // grep -c '^\s*@' gives 1415; grep -i arxiv shows four preprints, given only by url and journal.
        #expect(contents.entries.count == 1415)
        #expect(contents.skipped.isEmpty)
        #expect(contents.arxivIDs.map(\.rawValue).sorted() == ["0910.1921", "cond-mat/0009107", "cond-mat/0102297", "cond-mat/9701150"])
        #expect(contents.withoutID.count == 1411)
        #expect(contents.entries.allSatisfy { $0.title?.isEmpty == false })
        #expect(contents.entries.first?.title == "Electrical control of 2D magnetism in bilayer CrI3")
        print("read 1415 entries of \(file.lastPathComponent) in \(String(format: "%.3f", seconds)) s")
    }
}
