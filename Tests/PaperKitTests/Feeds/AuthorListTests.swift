import Testing
@testable import PaperKit

struct AuthorListTests {
    static let raw = "oai/arXivRaw-ListRecords-2016-10-21.xml"

    // <authors> strings of arXivRaw records in `raw`.
    @Test(arguments: [
        ("Jingyi Wang and Jun Sun and Qixia Yuan and Jun Pang", ["Jingyi Wang", "Jun Sun", "Qixia Yuan", "Jun Pang"]),  // 1605.08278
        (#"N. Gyenge and A. Ludm\'any and T. Baranyi"#, ["N. Gyenge", "A. Ludmány", "T. Baranyi"]),                      // 1512.08124
        (#"Daniel P\k{e}cak and Tomasz Sowi\'nski"#, ["Daniel Pęcak", "Tomasz Sowiński"]),                                 // 1606.02886
        (#"Mislav Cvitkovi\'c, Ana-Sun\v{c}ana Smith and Jayant Pande"#, ["Mislav Cvitković", "Ana-Sunčana Smith", "Jayant Pande"]), // 1602.05146
    ])
    func splitsEveryAndOutsideGroups(input: String, names: [String]) {
        #expect(AuthorList.split(input).map(\.name) == names)
    }

    @Test func eachAuthorKeepsHisOwnAffiliation() throws {
        let r = try #require(try record("1601.05231", in: Self.raw))
        #expect(r.authors.map(\.name) == ["Fernando Etayo", "Rafael Santamaría"])
        #expect(r.authors.map(\.affiliations) == [["Cantabria University"], ["León University"]])
    }

    @Test func numberedAffiliationsResolveThroughTheFootnoteList() throws {
        let r = try #require(try record("1408.0799", in: Self.raw))
        #expect(r.authors.map(\.name) == ["Maciej Bilicki", "John A. Peacock", "Thomas H. Jarrett", "Michelle E. Cluver", "Louise Steward"])
        #expect(r.authors[0].affiliations == ["University of Cape Town", "University of Zielona Góra"])
        #expect(r.authors[1].affiliations == ["University of Edinburgh"])
        #expect(r.authors[4].affiliations == ["University of Cape Town"])
    }

    @Test func footnoteNumbersWithoutAListStayAsWritten() {
        // 1408.0799 with the footnote list cut off.
        let authors = AuthorList.split("Michelle E. Cluver (1) and Louise Steward (1)")
        #expect(authors.map(\.name) == ["Michelle E. Cluver", "Louise Steward"])
        #expect(authors.map(\.affiliations) == [["1"], ["1"]])
    }

    // dc:creator of 2607.22083 and 2606.03159: arXiv writes a collaboration as `Name, :, ...`.
    @Test(arguments: [("rss/cs.AI-2026-07-27.xml", "2607.22083", "Nanbeige Lab", "Chen Yang"),
                      ("rss/cs.AI-2026-07-27.xml", "2606.03159", "NVIDIA", "Aarti Basant")])
    func punctuationDebrisIsNoAuthor(file: String, id: String, first: String, second: String) throws {
        let r = try #require(try record(id, in: file))
        #expect(r.authors.prefix(2).map(\.name) == [first, second])
        #expect(r.authors.allSatisfy { AuthorList.isName($0.name) })
    }
}
