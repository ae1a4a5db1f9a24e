import Foundation
import Testing
import TestSupport
@testable import PaperKit

struct OAIParserTests {
    static let page1 = "oai/cs-2016-03-09-arXiv/page-001.xml"

    @Test func arXivFormatFields() throws {
        let r = try #require(try record("0704.0046", in: Self.page1))
        #expect(r.title == "A limit relation for entropy and channel capacity per unit cost")
        #expect(r.authors.map(\.name) == ["I. Csiszar", "F. Hiai", "D. Petz"])
        #expect(r.categories == ["quant-ph", "cs.IT", "math.IT"] && r.primaryCategory == "quant-ph")
        #expect(r.doi == "10.1063/1.2779138")
        #expect(r.journalRef == "J. Math. Phys. 48(2007), 092102.")
        #expect(r.published?.description == "2007-04-01" && r.updated == nil)
        #expect(r.abstract.hasPrefix("In a quantum mechanical model, Diosi, Feldmann and Kosloff arrived at a conjecture"))
        let first = try #require(try record("0704.0002", in: Self.page1))
        #expect(first.updated?.description == "2008-12-13")
        #expect(first.license == "http://arxiv.org/licenses/nonexclusive-distrib/1.0/")
    }

    @Test func affiliationsProxyAndBracedLetters() throws {
        let r = try #require(try record("0704.0858", in: Self.page1))
        #expect(r.authors.map(\.name) == ["Eric Alata", "Vincent Nicomette", "Mohamed Kaâniche", "Marc Dacier", "Matthieu Herrb"])
        #expect(r.authors.allSatisfy { $0.affiliations == ["LAAS"] })
        #expect(r.journalRef?.hasPrefix("Proc. 6th European Dependable Computing Conference (EDCC-6), Coimbra") == true)
    }

    @Test func suffixJoinsTheName() throws {
        let r = try #require(try record("0801.3272", in: "oai/cs-2016-03-09-arXiv/page-003.xml"))
        #expect(r.authors.map(\.name) == ["Steven W. Peters", "Robert W. Heath Jr"])
    }

    /// TeX accent commands glued to a name (`\o`, `\O`, `\c c`); pages 4 and 6 of the harvest have
    /// more (`\L`, `\k`), checked by `FullCorpusTests`.
    static let gluedTeXNames = [("0802.2159", "page-003.xml", "Are Hjørungnes"), ("0802.3570", "page-003.xml", "Øyvind Ryan"),
                                ("0707.2506", "page-001.xml", "François Charpillet")]

    @Test(arguments: gluedTeXNames)
    func texCommandGluedToAName(id: String, page: String, name: String) throws {
        let r = try #require(try record(id, in: "oai/cs-2016-03-09-arXiv/" + page))
        #expect(r.authors.contains { $0.name == name })
    }

    @Test func withdrawnCommentsAreKept() throws {
        let r = try #require(try record("0704.1409", in: Self.page1))
        #expect(r.comments?.hasPrefix("This paper has been withdrawn by the author.") == true)
        let (_, found) = try records(Self.page1)
        #expect(found.filter { $0.comments?.contains("withdrawn") == true }.count >= 5)
        #expect(found.filter { $0.updated != nil }.count == 243)
    }

    @Test func arXivRawVersionsAreOrderedByNumber() throws {
        let r = try #require(try record("1501.00288", in: "oai/arXivRaw-ListRecords-2016-10-21.xml"))
        #expect(r.version == 15)
        #expect(r.published?.description == "2015-01-01")
        #expect(r.updated?.description == "2016-10-19")
        #expect(r.authors.map(\.name) == ["Daniel Bienstock", "Gonzalo Munoz"])
        #expect(r.categories == ["math.OC", "cs.DS"])
        let single = try #require(try record("0804.2273", in: "oai/arXivRaw-GetRecord-2016-10-21.xml"))
        #expect(single.title == "Object Re-Use & Exchange: A Resource-Centric Approach")
        #expect(single.authors.count == 6 && single.authors[4].name == "Robert Sanderson")
        #expect(single.version == 1 && single.updated == nil && single.published?.description == "2008-04-14")
    }

    @Test func largeGetRecordDropsNameDebris() throws {
        let (_, found) = try records("oai/hepcrawl-GetRecord-sample04.xml")
        let r = try #require(found.first)
        #expect(r.id.rawValue == "1603.05976")
        #expect(r.authors.count > 50)
        #expect(r.authors.allSatisfy { $0.name.contains(where: \.isLetter) })
    }

    static func oai(_ body: String) -> Data {
        Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-01-01T00:00:00Z</responseDate>
        <request verb="ListRecords">http://export.arxiv.org/oai2</request>\(body)</OAI-PMH>
        """.utf8)
    }

    @Test func noRecordsMatchIsEmptySuccess() throws {
        let info = try FeedParser.parse(data: Self.oai(#"<error code="noRecordsMatch">No records</error>"#), source: "t") { _ in
            Issue.record("no record expected")
        }
        #expect(info.recordCount == 0 && info.format == .oaiPMH)
    }

    @Test func otherOAIErrorsThrow() {
        #expect(throws: FeedError.oaiError(source: "t", code: "badResumptionToken", message: "expired")) {
            try FeedParser.parse(data: Self.oai(#"<error code="badResumptionToken">expired</error>"#), source: "t") { _ in }
        }
    }

    @Test func deletedRecordsAndDublinCore() throws {
        let body = """
        <ListRecords>
        <record><header status="deleted"><identifier>oai:arXiv.org:0901.0001</identifier><setSpec>cs</setSpec></header></record>
        <record><header><identifier>oai:arXiv.org:0901.0002</identifier><setSpec>physics:hep-th</setSpec></header>
        <metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <dc:title>A   title</dc:title><dc:creator>Dost, Ren\\'e</dc:creator><dc:creator>Kok, Pieter</dc:creator>
        <dc:subject>High Energy Physics - Theory</dc:subject><dc:description>  The abstract.</dc:description>
        <dc:description>Comment: 5 pages</dc:description>
        <dc:date>2009-01-01</dc:date><dc:date>2009-02-03</dc:date>
        <dc:identifier>http://arxiv.org/abs/0901.0002</dc:identifier></oai_dc:dc></metadata></record>
        <resumptionToken cursor="0" completeListSize="2"></resumptionToken></ListRecords>
        """
        var found: [PaperRecord] = []
        let info = try FeedParser.parse(data: Self.oai(body), source: "t") { found.append($0) }
        #expect(info.recordCount == 1 && info.resumptionToken == "" && info.completeListSize == 2)
        let r = try #require(found.first)
        #expect(r.id.rawValue == "0901.0002" && r.title == "A title" && r.abstract == "The abstract.")
        #expect(r.authors.map(\.name) == ["René Dost", "Pieter Kok"])
        #expect(r.comments == "5 pages")
        #expect(r.categories == ["hep-th"] && r.primaryCategory == "hep-th")
        #expect(r.published?.description == "2009-01-01" && r.updated?.description == "2009-02-03")
    }
}
