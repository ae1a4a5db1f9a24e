import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// The byte writers behind `query --format json`, JSON lines and `/api/…` (`JSONText`,
/// `PaperJSONWriter`) must write exactly what `JSONEncoder` writes for the same object (the JSON
/// report's `PaperExport.JSON`), so their output never silently changes.
struct JSONTextTests {
    static func encoded<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Real papers of a day's feed, plus one carrying every character JSON must escape.
    static func papers() throws -> [PaperResult] {
        let temp = try TemporaryStore()
        _ = try Ingestor(store: temp.store, scorer: Scorer(configuration: try Configuration.load(from: Fixtures.seedConfigPath())), http: nil)
            .ingest([.file(Fixtures.path("rss/cs.AI-2026-07-27.xml"))])
        var request = SearchRequest(text: "language model")
        request.limit = 60
        var papers = try temp.store.search(request)
        var tricky = papers[0]
        tricky.title = "q\"uote \\ back/slash \n\t\r\u{8}\u{c}\u{1}\u{2}\u{3}\u{1f}\u{7f} é 张 😀 \u{2028}"
        tricky.authors = []
        tricky.keywordHits = []
        tricky.categories = ["cs.AI"]
        tricky.version = nil
        tricky.doi = nil
        tricky.score = 3
        tricky.snippet = nil
        papers.append(tricky)
        return papers
    }

    @Test func arraysAndLinesMatchJSONEncoderByteForByte() throws {
        let papers = try Self.papers()
        #expect(papers.count > 20)
        #expect(PaperExport.jsonArray(papers) == (try Self.encoded(papers.map(PaperExport.JSON.init), pretty: true)))
        for paper in papers {
            #expect(PaperExport.jsonLine(paper) == (try Self.encoded(PaperExport.JSON(paper), pretty: false)))
            #expect(PaperExport.jsonObject(paper) == (try Self.encoded(PaperExport.JSON(paper), pretty: true)))
        }
    }

    /// The writer skips plain text eight bytes at a time: every character that needs an escape,
    /// at every offset in and across those words, and the snippet marks kept (escaped) in text
    /// but dropped from snippets.
    @Test func escapesAtEveryOffset() throws {
        for special in ["\"", "\\", "\n", "\u{0}", "\u{1f}", "\u{2}", "\u{3}", "é", " ", "\u{7f}", "~"] {
            for prefix in 0..<18 {
                let text = String(repeating: "a", count: prefix) + special + String(repeating: "b", count: 17 - prefix)
                #expect(JSONText.array([.string(text)]).rendered(pretty: false) == (try Self.encoded([text], pretty: false)))
                var paper = try #require(Self.plainPaper)
                paper.snippet = text
                let expected = try Self.encoded(PaperExport.JSON(paper), pretty: false)
                #expect(PaperExport.jsonLine(paper) == expected)
                #expect(expected.contains("\"snippet\":\"") && !expected.contains("\\u0002") && !expected.contains("\\u0003"))
            }
        }
    }

    static let plainPaper = try? papers().first

    @Test func numbersAndEmptyContainers() throws {
        for value in [0.0, 3.0, 4.5, -0.5, 0.1, 1e20] {
            #expect(JSONText.array([.number(value)]).rendered(pretty: false) == (try Self.encoded([value], pretty: false)))
        }
        #expect(JSONText.array([]).rendered(pretty: true) == (try Self.encoded([Int](), pretty: true)))
        #expect(JSONText.object([("b", .null), ("a", .array([]))]).rendered(pretty: false) == #"{"a":[],"b":null}"#)
    }
}
