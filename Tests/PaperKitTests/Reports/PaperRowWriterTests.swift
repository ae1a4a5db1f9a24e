import Foundation
import Testing
@testable import PaperKit

/// One row writer for every tabular output: rows written one at a time are the bytes of the
/// whole, and each format reads back with an independent parser.
struct PaperRowWriterTests {
    func papers() throws -> [PaperResult] {
        let exporterTests = PaperExporterTests()
        let temp = try exporterTests.crafted()
        var papers: [PaperResult] = []
        try temp.store.forEachPaper(matching: PaperFilter()) { papers.append($0) }
        return papers
    }

    @Test(arguments: [0, 1, 2])
    func oneAtATimeIsTheWhole(count: Int) throws {
        let all = Array(try papers().prefix(count))
        #expect(all.count == count)
        for format in [PaperRowWriter.Format.csv(CSVWriter()), .jsonLines, .jsonArray] {
            var writer = PaperRowWriter(format)
            var text = writer.header()
            for paper in all { text += writer.row(paper) }
            text += writer.footer()
            #expect(Array(text.utf8) == PaperRowWriter.bytes(all, as: format))
            #expect(writer.rows == count)
        }
    }

    @Test func eachFormatReadsBack() throws {
        let all = try papers()
        let array = try #require(try JSONSerialization.jsonObject(with: Data(PaperRowWriter.bytes(all, as: .jsonArray))) as? [[String: Any]])
        #expect(array.map { $0["arxiv_id"] as? String } == all.map(\.arxivID))
        #expect(PaperRowWriter.bytes([], as: .jsonArray) == Array("[]".utf8))
        let lines = String(decoding: PaperRowWriter.bytes(all, as: .jsonLines), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == all.count)
        for (line, paper) in zip(lines, all) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["title"] as? String == paper.title)
            #expect(object["authors"] as? [String] == paper.authors)
        }
        let csv = String(decoding: PaperRowWriter.bytes(all, as: .csv(CSVWriter())), as: UTF8.self)
        #expect(csv.hasPrefix(PaperExport.csvColumns.joined(separator: ",") + "\r\n"))
        #expect(PaperRowWriter.bytes([], as: .csv(CSVWriter())) == Array(CSVWriter().row(PaperExport.csvColumns).utf8))
    }
}
