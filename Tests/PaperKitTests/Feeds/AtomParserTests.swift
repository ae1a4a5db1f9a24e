import Foundation
import Testing
import TestSupport
@testable import PaperKit

struct AtomParserTests {
    @Test func api2026EntryWithNonASCIINames() throws {
        let (info, found) = try records("atom/api-2026/d00ksky-retrieval_15-2026-08-19-0acb06c.xml")
        #expect(info.format == .atomAPI)
        #expect(info.itemsPerPage == 15 && info.startIndex == 0 && info.totalResults == 62277)
        let r = try #require(found.first { $0.id.rawValue == "2608.18036" })
        #expect(r.version == 1)
        #expect(r.title == "Harnessing Magnitude-Only and Complex Measurements for Improved Dynamic MRI Reconstruction with Learned Priors")
        #expect(r.authors.map(\.name) == ["Mahdi Saberi", "Yaşar Utku Alçalar", "Merve Gülle", "Chetan Shenoy", "Mehmet Akçakaya"])
        #expect(r.primaryCategory == "eess.IV")
        #expect(r.categories == ["eess.IV", "cs.AI", "cs.CV", "cs.LG", "physics.med-ph"])
        #expect(r.published?.description == "2026-08-18")
        #expect(r.updated?.description == "2026-08-18")
        #expect(r.announceType == nil && r.announced == nil)
    }

    @Test func api2026AffiliationsAndComment() throws {
        let r = try #require(try record("2603.19229", in: "atom/api-2026/yanhua-llm-2026-03-24-80f58ea.xml"))
        #expect(r.title == "NavTrust: Benchmarking Trustworthiness for Embodied Navigation")
        #expect(r.comments == "Project Website: https://navtrust.github.io")
        #expect(r.authors.first?.name == "Huaide Jiang")
        #expect(r.primaryCategory == "cs.RO")
        let (_, found) = try records("atom/api-2026/yanhua-llm-2026-03-24-80f58ea.xml")
        let withAffiliation = found.flatMap(\.authors).filter { !$0.affiliations.isEmpty }
        #expect(withAffiliation.count == 5)
        #expect(withAffiliation.first?.name == "Yogesh Agrawal")
        #expect(withAffiliation.first?.affiliations == ["University of Central Florida"])
    }

    @Test func legacyLayoutUnwrapsTextAndDropsNonArxivTerms() throws {
        let (info, found) = try records("atom/api-legacy/di-proposal-all-Einstein-2018-02-05.xml")
        #expect(info.totalResults == 28637 && info.itemsPerPage == 10)
        let r = try #require(found.first)
        #expect(r.id.rawValue == "1801.05533" && r.version == 1)
        #expect(r.title == "Einstein-Weyl structures on almost cosymplectic manifolds")
        #expect(r.abstract.hasPrefix("In this article, we study the Einstein-Weyl structures on almost cosymplectic manifolds. First"))
        #expect(r.abstract.contains("$(\\kappa,\\mu)$-manifold"))
        // `53D10, 53D15` is an MSC class, not an arXiv category: not kept.
        #expect(r.categories == ["math.DG"])
        #expect(r.comments == "12 pages, no figures")
        let replaced = try #require(found.first { $0.id.rawValue == "0802.2137" })
        #expect(replaced.version == 3)
        #expect(replaced.published?.description == "2008-02-15")
        #expect(replaced.updated?.description == "2008-04-01")
    }

    @Test func oldStyleIDWithAffiliationsAndJournalRef() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Fixtures.data(
            "atom/recorded-http-2026/arxivpy-id_astro-ph_0601001_s0_m100_3150dca9dc76.json")) as? [String: Any])
        var found: [PaperRecord] = []
        try FeedParser.parse(data: Data((object["body"] as! String).utf8), source: "cassette") { found.append($0) }
        let r = try #require(found.first)
        #expect(found.count == 1)
        #expect(r.id.rawValue == "astro-ph/0601001" && r.version == 1)
        #expect(r.categories == ["astro-ph"])
        #expect(r.journalRef == "ActaAstron.56:1-50,2006")
        #expect(r.authors.map(\.name) == ["Andrew Gould", "Susan Dorsher", "B. Scott Gaudi", "Andrzej Udalski"])
        #expect(r.authors.map(\.affiliations) == [["Ohio State"], ["Ohio State"], ["CfA"], ["Warsaw University Observatory"]])
        #expect(r.published?.description == "2006-01-02")
    }

    @Test func zeroResultLegacyResponse() throws {
        let (info, found) = try records("atom/api-legacy/xiv-empty-2025-01-15.xml")
        #expect(found.isEmpty)
        #expect(info.totalResults == 0)
    }

    @Test func dailyAtomFlavour() throws {
        let (info, found) = try records("rss/atom-variant/cs.AI-2025-08-20-7entries.atom.xml")
        #expect(info.format == .atomDaily)
        #expect(info.feedName == "cs.AI")
        #expect(info.day?.description == "2025-08-20")
        #expect(found.filter { $0.announceType == .cross }.count == 5)
        #expect(found.filter { $0.announceType == .new }.count == 2)
        let r = try #require(found.first)
        #expect(r.id.rawValue == "2508.13426" && r.version == 1)
        #expect(r.abstract.hasPrefix("As large language models (LLMs) increasingly mediate"))
        #expect(r.authors.map(\.name) == ["Chunhua Liu", "Kabir Manandhar Shrestha", "Sukai Huang"])
        #expect(r.primaryCategory == "cs.CL" && r.categories == ["cs.CL", "cs.AI"])
        #expect(r.announced?.description == "2025-08-20" && r.feed == "cs.AI" && r.published == nil)
        #expect(r.license == "http://creativecommons.org/licenses/by-nc-sa/4.0/")
    }

    /// The 7-entry daily fixture with the two elements the daily feed uses (as in the untrimmed
    /// cs.AI-2025-08-20.atom.xml, entry 2508.00875) added to its first entry.
    @Test func dailyAtomDOIAndJournalReference() throws {
        let raw = try String(contentsOf: Fixtures.url("rss/atom-variant/cs.AI-2025-08-20-7entries.atom.xml"), encoding: .utf8)
        let rights = "<dc:rights>http://creativecommons.org/licenses/by-nc-sa/4.0/</dc:rights>\n"
        let first = try #require(raw.range(of: rights))
        let edited = raw.replacingCharacters(in: first, with: rights + """
                <arxiv:DOI>10.7249/PEA3971-1</arxiv:DOI>
                <arxiv:journal_reference>Phys. Rev. A 111, 012345 (2025)</arxiv:journal_reference>

            """)
        var found: [PaperRecord] = []
        let info = try FeedParser.parse(data: Data(edited.utf8), source: "daily") { found.append($0) }
        #expect(info.format == .atomDaily && found.count == 7)
        #expect(found[0].doi == "10.7249/PEA3971-1")
        #expect(found[0].journalRef == "Phys. Rev. A 111, 012345 (2025)")
        #expect(found.dropFirst().allSatisfy { $0.doi == nil && $0.journalRef == nil })
    }
}
