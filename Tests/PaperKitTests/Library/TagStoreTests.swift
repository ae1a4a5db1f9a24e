import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// Tags in the store (schema 008): kept by versionless ID, so they survive re-ingest and new
/// versions; the CRUD methods; `tag import` on real library files.
struct TagStoreTests {
    let now = "2026-07-28T00:00:00Z"

    @Test func tagsSurviveReingestAndNewVersions() throws {
        let temp = try TemporaryStore()
        try temp.store.write(record("2601.03043", v: 1, title: "First"), score: noScore, now: now)
        #expect(try temp.store.addTag("reading", ids: [ArxivID("2601.03043v1")!], note: "look", now: now) == 1)
        #expect(try temp.store.addTag("reading", ids: [ArxivID("2601.03043")!], now: now) == 0, "already tagged")
        try temp.store.write(record("2601.03043", v: 3, title: "First, revised"), score: noScore, now: "2026-08-01T00:00:00Z")
        let papers = try temp.store.taggedPapers("reading")
        #expect(papers == [TaggedPaper(arxivID: "2601.03043", addedAt: now, note: "look", title: "First, revised")])
        #expect(try temp.store.tags() == [TagSummary(name: "reading", papers: 1, inStore: 1, createdAt: now)])
    }

    @Test func renameDeleteAndRemove() throws {
        let temp = try TemporaryStore()
        let ids = ["2601.00001", "hep-th/9901001"].map { ArxivID($0)! }
        try temp.store.addTag("a", ids: ids, now: now)
        try temp.store.addTag("b", ids: [ids[0]], now: now)
        #expect(throws: TagError.nameTaken("b")) { try temp.store.renameTag("a", to: "b") }
        try temp.store.renameTag("a", to: "mine")
        #expect(try temp.store.taggedIDs("mine") == ids.sorted())
        #expect(try temp.store.removeTag("mine", ids: [ids[1], ArxivID("2601.99999")!]) == 1)
        #expect(try temp.store.deleteTag("b") == 1)
        #expect(try temp.store.tags().map(\.name) == ["mine"])
        #expect(try temp.store.tags().first?.inStore == 0)
        #expect(throws: TagError.unknownTag("b")) { try temp.store.taggedPapers("b") }
        #expect(throws: TagError.badName(" x")) { try temp.store.addTag(" x", ids: ids) }
    }

    @Test func idsAreAcceptedInEverySpellingAndBadOnesNamed() throws {
        let ids = try TagActions.ids(["2601.03043", "https://arxiv.org/abs/2601.02569v2", "hep-th/9901001v1", "arXiv:2601.03043"])
        #expect(ids.map(\.rawValue) == ["2601.03043", "2601.02569", "hep-th/9901001"])
        #expect(throws: TagError.badID("2601.030")) { try TagActions.ids(["2601.030"]) }
    }

    @Test func offlineAddTagsWhatIsStoredAndNamesTheRest() throws {
        let temp = try TemporaryStore()
        try temp.store.write(record("2601.03043"), score: noScore, now: now)
        let actions = TagActions(store: temp.store, fetcher: nil)
        #expect(throws: TagError.notFound(ids: ["2601.09999"], tagged: 1)) {
            _ = try actions.add("reading", arguments: ["2601.03043v2", "2601.09999"])
        }
        #expect(try temp.store.taggedIDs("reading").map(\.rawValue) == ["2601.03043"])
        #expect(TagError.notFound(ids: ["2601.09999"], tagged: 1).exitCode == .noInput)
    }

    @Test func importTagsByIDAndByTitleAndCountsTheRest() throws {
        let temp = try TemporaryStore()
        // Two of the Better BibTeX items are in the store: one by ID, one only by its title.
        try temp.store.write(record("1401.2910", title: "Defining and detecting quantum speedup"), score: noScore, now: now)
        try temp.store.write(record("2206.07690", title: "ELUDE: Generating interpretable explanations via a decomposition into labelled and unlabelled features"),
                             score: noScore, now: now)
        let folder = temp.folder.appendingPathComponent("lib.bib")
        let bib = try String(contentsOfFile: try Fixtures.whole.path("library/bbt-arxiv-identifiers-460.bib"), encoding: .utf8)
        try Data((bib + "\n@article{noid, title = {{{ELUDE}}: Generating Interpretable Explanations via a Decomposition into Labelled and Unlabelled Features}}\n"
            + "@article{other, title = {Something else entirely}}\n").utf8).write(to: folder)
        let report = try TagActions(store: temp.store, fetcher: nil).importFile(folder.path, tag: "mine")
        #expect(report.format == .bibtex && report.entries == 5)
        #expect(report.tagged == 4 && report.alreadyInStore == 2 && report.notInStore == 2)
        #expect(report.matchedByTitle == 1 && report.withoutID == 1)
        #expect(report.summary == "tagged 4 papers as mine (2 already in the store, 2 not in the store, 1 matched by title); 1 entry has no arXiv ID")
        #expect(try temp.store.taggedIDs("mine").map(\.rawValue) == ["1305.4904", "1401.2910", "1508.05387", "2206.07690"])
    }

    @Test func anUnreadableFileWritesNothing() throws {
        let temp = try TemporaryStore()
        let file = temp.folder.appendingPathComponent("broken.bib")
        try Data("@article{a, title = {never closed\n".utf8).write(to: file)
        #expect(throws: LibraryError.self) { try TagActions(store: temp.store, fetcher: nil).importFile(file.path, tag: "mine") }
        #expect(try temp.store.tags().isEmpty)
    }
}
