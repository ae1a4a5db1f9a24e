import Foundation
import Testing
import TestSupport
@testable import PaperKit

struct RSSParserTests {
    @Test(arguments: [
        ("rss/cs.AI-2026-07-27.xml", "cs.AI", "2026-07-27", [51, 92, 25, 55]),
        ("rss/quant-ph-2024-12-30.xml", "quant-ph", "2024-12-30", [55, 21, 43, 20]),
        ("rss/quant-ph-2025-01-03.xml", "quant-ph", "2025-01-03", [36, 32, 31, 17]),
        ("rss/filtered/quant-ph-2025-01-22-qml.xml", "quant-ph", "2025-01-22", [41, 2, 0, 0]),
        ("rss/trimmed/cs.CL-2026-04-27-3items.xml", "cs.CL", "2026-04-27", [3, 0, 0, 0]),
    ])
    func announceTypesFeedAndDay(file: String, feed: String, day: String, counts: [Int]) throws {
        let (info, found) = try records(file)
        #expect(info.format == .rss)
        #expect(info.feedName == feed)
        #expect(info.day?.description == day)
        let byType = AnnounceType.allCases.map { type in found.filter { $0.announceType == type }.count }
        #expect(byType == counts)
        #expect(found.allSatisfy { $0.feed == feed && $0.announced?.description == day })
        // Cross-lists never make the feed's category primary; own announcements always do.
        for r in found {
            switch r.announceType {
            case .cross, .replaceCross: #expect(r.primaryCategory != feed && r.categories.contains(feed), "\(r.id)")
            case .new, .replace: #expect(r.primaryCategory == feed, "\(r.id)")
            case nil: Issue.record("no announce type for \(r.id)")
            }
            #expect(r.primaryCategory == r.categories.first)
            #expect(!r.abstract.hasPrefix("arXiv:") && !r.abstract.contains("Announce Type"))
        }
    }

    @Test func handCheckedCrossListItem() throws {
        let r = try #require(try record("2012.05213", in: "rss/cs.AI-2026-07-27.xml"))
        #expect(r.version == 2)
        #expect(r.title == "Participatory Budgeting with Project Groups")
        #expect(r.announceType == .replaceCross)
        #expect(r.categories == ["cs.GT", "cs.AI", "cs.DS", "cs.MA"])
        #expect(r.primaryCategory == "cs.GT")
        #expect(r.authors.map(\.name) == ["Pallavi Jain", "Krzysztof Sornat", "Nimrod Talmon", "Meirav Zehavi"])
        #expect(r.doi == "10.1016/j.jcss.2025.103702")
        #expect(r.journalRef == "Journal of Computer and System Science 156: 103702 (2026)")
        #expect(r.license == "http://arxiv.org/licenses/nonexclusive-distrib/1.0/")
    }

    @Test func firstItemOfTheDay() throws {
        let (_, found) = try records("rss/cs.AI-2026-07-27.xml")
        let r = try #require(found.first)
        #expect(r.id.rawValue == "2607.21596")
        #expect(r.version == 1)
        #expect(r.title == "FlowEvo: Self-Evolving Agents through the Co-Evolution of Workflows and Executable Skills")
        #expect(r.abstract.hasPrefix("Large language model agents increasingly solve complex tasks"))
        #expect(r.authors.first?.name == "Zeyu Ren")
        #expect(r.authors.last?.name == "Shimin Di")
        #expect(r.authors.count == 8)
        #expect(r.doi == nil)
        #expect(Set(found.compactMap(\.license)).count == 6)
    }

    @Test func entitiesAndTheLongestAuthorList() throws {
        let pr = try #require(try record("2607.21850", in: "rss/cs.AI-2026-07-27.xml"))
        #expect(pr.title.contains("Local P&R DRV Fixing"))
        let gemma = try #require(try record("2607.02770", in: "rss/cs.AI-2026-07-27.xml"))
        #expect(gemma.authors.count == 323)
        #expect(gemma.authors.first?.name == "Gemma Team")
        #expect(gemma.authors.last?.name == "Chen Zou")
        #expect(gemma.authors.contains { $0.name == "Victor Cărbune" })
        #expect(gemma.authors.allSatisfy { !$0.name.isEmpty && !$0.name.contains(",") })
    }

    @Test func texInTitlesAndNames() throws {
        let ising = try #require(try record("2412.19176", in: "rss/quant-ph-2024-12-30.xml"))
        #expect(ising.title.hasPrefix("VQE for Ising Model & A Comparative Analysis"))
        let poschl = try #require(try record("2408.10860", in: "rss/quant-ph-2024-12-30.xml"))
        #expect(poschl.title == "An analogue of the Pöschl-Teller anharmonic oscillator on an $N$-dimensional sphere")
        #expect(poschl.version == 2 && poschl.announceType == .replace)
        let dost = try #require(try record("2501.10351", in: "rss/filtered/quant-ph-2025-01-20-qoqi.xml"))
        #expect(dost.authors.contains { $0.name == "René Dost" })
    }

    @Test func affiliationsInCreatorParentheses() throws {
        let (_, found) = try records("rss/filtered/quant-ph-2025-01-20-qml.xml")
        let r = try #require(found.first { $0.authors.first?.name == "B. L. Larsen" })
        #expect(r.authors.count == 8)
        #expect(r.authors[0].affiliations == ["Center for Macroscopic Quantum States"])
        #expect(r.authors[2].name == "P. Abiuso")
        #expect(r.authors[2].affiliations.first?.hasSuffix("Austrian Academy of Sciences, Austria") == true)
    }

    @Test(arguments: ["rss/quant-ph-2024-12-28-saturday-empty.xml", "rss/cs.CL-2026-08-01-saturday-empty.xml"])
    func emptySaturdayFeedIsSuccess(file: String) throws {
        let (info, found) = try records(file)
        #expect(found.isEmpty && info.recordCount == 0)
        #expect(info.format == .rss)
        #expect(info.day?.description.hasSuffix(file.contains("quant-ph") ? "2024-12-28" : "2026-08-01") == true)
    }

    @Test func reserializedFeedWithoutDeclaration() throws {
        let raw = try String(contentsOf: Fixtures.url("rss/trimmed/cs.AI-2026-04-27-3items.xml"), encoding: .utf8)
        #expect(!raw.hasPrefix("<?xml"))
        let (info, found) = try records("rss/trimmed/cs.AI-2026-04-27-3items.xml")
        #expect(info.feedName == "cs.AI" && found.count == 3)
        #expect(found.first?.title == "Math Takes Two: A test for emergent mathematical reasoning in communication")
        #expect(found.first?.id.rawValue == "2604.21935")
    }

    @Test(arguments: [
        ("http://rss.arxiv.org/rss/cs.AI+cs.CL", nil, "cs.AI+cs.CL"),
        ("http://rss.arxiv.org/rss/quant-ph", nil, "quant-ph"),
        (nil, "cs.LG updates on arXiv.org", "cs.LG"),
    ] as [(String?, String?, String)])
    func feedNames(link: String?, title: String?, name: String) {
        #expect(RSSParser.feedName(link: link, title: title) == name)
    }
}
