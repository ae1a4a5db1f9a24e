import CSV
import Foundation
import Testing
@testable import PaperKit

struct PaperExporterTests {
    let now = "2026-07-27T06:00:00Z"

    func crafted() throws -> TemporaryStore {
        let temp = try TemporaryStore()
        let hits = ScoreResult(score: 4.5, hits: [KeywordHit(keyword: "LLM", field: .title, count: 1),
                                                  KeywordHit(keyword: "LLM", field: .abstract, count: 2)], excludedBy: [])
        try temp.store.write(record("2607.00002", title: #"Commas, "quotes" and =SUM(A1)"#,
                                    abstract: "Line one\nline two, with \"quotes\"\r\nand a CRLF.",
                                    authors: ["René Dost", "Łukasz Kaiser", "Zhang 张"], announced: "2026-07-28"),
                             score: hits, now: now)
        try temp.store.write(record("2607.00001", title: "Plain", abstract: "Nothing special.", announced: "2026-07-27"),
                             score: noScore, now: now)
        return temp
    }

    func exportCSV(_ store: PaperStore, excelSafe: Bool = false, filter: PaperFilter = PaperFilter()) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try OutputFile(path: path)
        try PaperExporter(format: .csv(CSVWriter(excelSafe: excelSafe))).export(from: store, matching: filter, to: output)
        try output.commit()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func csvReadsBackExactlyWithAnIndependentParser() throws {
        let temp = try crafted()
        let text = try exportCSV(temp.store)
        #expect(text.hasSuffix("\r\n"))
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        #expect(reader.headerRow == PaperExport.csvColumns)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(rows.count == 2)
        // Sorted by date then score: 2607.00001 (07-27) before 2607.00002 (07-28).
        #expect(rows.map { $0[0] } == ["2607.00001", "2607.00002"])
        let crafted = rows[1]
        let column = { (name: String) in crafted[PaperExport.csvColumns.firstIndex(of: name)!] }
        #expect(column("title") == #"Commas, "quotes" and =SUM(A1)"#)
        #expect(column("abstract") == "Line one\nline two, with \"quotes\"\r\nand a CRLF.")
        #expect(column("authors") == "René Dost; Łukasz Kaiser; Zhang 张")
        #expect(column("categories") == "cs.AI; cs.CL")
        #expect(column("keyword_hits") == "LLM(title×1); LLM(abstract×2)")
        #expect(column("score") == "4.5")
        #expect(column("date") == "2026-07-28")
        #expect(column("announce_type") == "new")
        #expect(column("url") == "https://arxiv.org/abs/2607.00002")
        #expect(column("pdf_url") == "https://arxiv.org/pdf/2607.00002v1")
    }

    @Test func excelSafeQuotesFormulaCells() throws {
        let temp = try crafted()
        let reader = try CSVReader(string: try exportCSV(temp.store, excelSafe: true), hasHeaderRow: true)
        _ = reader.next()
        _ = reader.next()
        #expect(reader.currentRow?[2] == #"Commas, "quotes" and =SUM(A1)"#, "starts with C, untouched")
        let plain = try TemporaryStore()
        try plain.store.write(record("2607.00003", title: "=HYPERLINK(\"x\")"), score: noScore, now: now)
        let safe = try CSVReader(string: try exportCSV(plain.store, excelSafe: true), hasHeaderRow: true)
        #expect(safe.next()?[2] == "'=HYPERLINK(\"x\")")
    }

    @Test func jsonLinesAreOneObjectPerPaper() throws {
        let temp = try crafted()
        let path = temp.folder.appendingPathComponent("out.jsonl").path
        let output = try OutputFile(path: path)
        let rows = try PaperExporter(format: .jsonLines).export(from: temp.store, matching: PaperFilter(), to: output)
        try output.commit()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(rows == 2 && lines.count == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(object["arxiv_id"] as? String == "2607.00002")
        #expect((object["authors"] as? [String])?.first == "René Dost")
        #expect((object["keyword_hits"] as? [[String: Any]])?.count == 2)
    }

    @Test func anUncommittedOutputLeavesNoFileBehind() throws {
        let temp = try crafted()
        let path = temp.folder.appendingPathComponent("half.csv").path
        do {
            let output = try OutputFile(path: path)
            try output.write("arxiv_id\r\n")
            try output.flush()
            // dropped without commit, as when an export fails midway
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.folder.path).filter { $0.contains("half") }
        #expect(leftovers.isEmpty)
    }

    @Test func anUnwritablePathIsExit73() throws {
        let error = try #require(throws: OutputError.self) { try OutputFile(path: "/nonexistent-folder/x.csv") }
        #expect(error.exitCode == .cannotCreate && error.message.contains("/nonexistent-folder/x.csv"))
    }

    @Test func filtersApplyToExports() throws {
        let temp = try crafted()
        var filter = PaperFilter()
        filter.minScore = 3
        let reader = try CSVReader(string: try exportCSV(temp.store, filter: filter), hasHeaderRow: true)
        #expect(reader.next()?.first == "2607.00002")
        #expect(reader.next() == nil)
    }
}
