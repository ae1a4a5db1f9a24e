import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// What a watch selects, on the real cs.AI feed of 2026-07-27: counts equal the pages they
/// count and an independent count in SQL; authors match any of them; excluded words leave out
/// their papers; a digest section lists each paper once.
struct WatchSelectionTests {
    let harness: IngestHarness
    let day = Day(iso: "2026-07-27")!

    init() throws {
        harness = try IngestHarness()
        _ = try harness.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")),
                               .file(Fixtures.path("rss/quant-ph-2024-12-30.xml")))
    }

    func all(_ request: SearchRequest) throws -> [PaperResult] {
        var request = request
        request.limit = 10_000
        return try harness.store.search(request)
    }

    @Test func countsAreTheMatchSet() throws {
        for text in ["agents", "language model", "\"large language\" OR reasoning", "agents -benchmark", "-survey", "2607.21602"] {
            for sort in PaperSort.allCases {
                var request = SearchRequest(text: text)
                request.sort = sort
                #expect(try harness.store.count(request) == (try all(request)).count, "\(text) \(sort)")
                request.filter.categories = ["cs.AI"]
                request.filter.minScore = 1
                #expect(try harness.store.count(request) == (try all(request)).count, "\(text) \(sort) filtered")
            }
        }
        let independent = try harness.count("""
            SELECT count(*) FROM papers p WHERE p.excluded = 0 AND coalesce(p.first_announced, p.published) = '2026-07-27'
            AND p.id IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH 'agent*')
            """)
        #expect(independent > 5)
        let counts = try harness.store.watchCounts([Watch(name: "agents", query: "agent*")], on: day)
        #expect(counts.first?.day == independent)
        #expect(counts.first?.week == independent, "the feed is one day")
        #expect(counts.summaryLine == "watches: agents \(independent)")
    }

    @Test func authorsMatchAnyOfThem() throws {
        var watch = Watch(name: "people")
        watch.authors = ["Heng Ji", "Christophe Guyeux"]
        let papers = try harness.store.watchPapers(watch, in: try DigestRange(from: day, to: day), limit: 100)
        #expect(papers.count >= 2)
        // Substrings of a name, case ignored: "Heng Ji" also matches "Heng Jiang".
        #expect(papers.allSatisfy { $0.authors.contains { $0.lowercased().contains("heng ji") || $0.lowercased().contains("christophe guyeux") } })
        #expect(papers.contains { $0.authors.contains("Heng Ji") } && papers.contains { $0.authors.contains("Christophe Guyeux") })
        var one = watch
        one.authors = ["Heng Ji"]
        #expect(try harness.store.watchPapers(one, in: try DigestRange(from: day, to: day), limit: 100).count < papers.count)
    }

    @Test func excludedWordsLeaveOutTheirPapers() throws {
        var watch = Watch(name: "agents", query: "agents")
        let with = try all(watch.request())
        watch.exclude = ["benchmark"]
        let without = try all(watch.request())
        #expect(without.count < with.count && !without.isEmpty)
        #expect(without.allSatisfy { !($0.title + " " + $0.abstract).lowercased().contains("benchmark") })
    }

    @Test func aSectionListsEachPaperOnceBestFirst() throws {
        let range = try DigestRange(from: day, to: day)
        let builder = DigestBuilder(store: harness.store, configuration: try Configuration.load(from: Fixtures.seedConfigPath()))
        let watches = [Watch(name: "agents", query: "agents"), Watch(name: "reasoning", query: "reasoning")]
        let digest = try builder.build(range: range, selection: DigestSelection(), watches: watches, only: false)
        #expect(digest.watchSections.map(\.watch.name) == ["agents", "reasoning"])
        for section in digest.watchSections {
            let ids = section.entries.map(\.paper.arxivID)
            #expect(!ids.isEmpty && Set(ids).count == ids.count)
            #expect(section.entries.map(\.paper.score) == section.entries.map(\.paper.score).sorted(by: >))
        }
        let only = try builder.build(range: range, selection: DigestSelection(), watches: watches, only: true)
        let union = Set(digest.watchSections.flatMap { $0.entries.map(\.paper.arxivID) })
        #expect(Set(only.entries.map(\.paper.arxivID)) == union && only.entries.count == union.count)
        #expect(only.watchSections.isEmpty)
    }
}
