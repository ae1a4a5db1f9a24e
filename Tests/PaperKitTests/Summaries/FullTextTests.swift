import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// A one-page PDF with `text` in Helvetica, written byte by byte with a correct xref table.
enum MinimalPDF {
    static func make(text: String) -> Data {
        let content = "BT /F1 18 Tf 72 700 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(format: "%010d 00000 n \n", offset) }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(pdf.utf8)
    }
}

struct FullTextTests {
    func paper() throws -> PaperResult {
        var request = SearchRequest(text: "")
        request.filter.includeExcluded = true
        let h = try IngestHarness()
        _ = try h.ingest(.file(Fixtures.path("rss/trimmed/cs.AI-2026-04-27-3items.xml")))
        return try #require(try h.store.search(request).first)
    }

    @Test func theRealPDFIsDownloadedPolitelyAndItsTextSent() throws {
        guard let pdftotext = FullTextSource.findExecutable("pdftotext") else {
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record("pdftotext missing in CI: install poppler-utils") }
            return
        }
        let pdf = MinimalPDF.make(text: "Guardian stops decoding early with LZ77")
        let server = try LocalHTTPServer(responses: [.init(status: 200, headers: ["Content-Type": "application/pdf"], body: pdf)])
        let source = FullTextSource(http: HTTPClient(), pdfBaseURL: server.baseURL + "/pdf/", maxCharacters: 20, pdftotext: pdftotext)
        let paper = try paper()
        let text = try #require(try source.text(of: paper))
        #expect(text == "Guardian stops decod", "cut to max_input_chars")
        #expect(server.requests.first?.path == "/pdf/\(paper.versionedID)")
    }

    @Test func withoutPdftotextTheAbstractIsUsedAndSaidOnce() throws {
        let h = try IngestHarness()
        _ = try h.ingest(.file(Fixtures.path("rss/trimmed/cs.AI-2026-04-27-3items.xml")))
        let chat = try FakeChatServer()
        let client = try ChatClient(baseURL: chat.baseURL, model: "m", temperature: 0.3, apiKey: nil, keyVariable: "K", http: HTTPClient())
        let pdfServer = try LocalHTTPServer(responses: [.init(status: 200, body: MinimalPDF.make(text: "x"))])
        let source = FullTextSource(http: HTTPClient(), pdfBaseURL: pdfServer.baseURL, maxCharacters: 100, pdftotext: nil)
        let summarizer = Summarizer(store: h.store, chat: client, prompt: SummaryPrompt(instructions: "p", input: .fulltext),
                                    input: .fulltext, fullText: source, maxWorkers: 2)
        var notes: [String] = []
        summarizer.onEvent = { if case let .fullTextUnavailable(note) = $0 { notes.append(note) } }
        var request = SearchRequest(text: "")
        request.filter.includeExcluded = true
        let report = try summarizer.summarize(try h.store.search(request))
        #expect(report.summarized == 3 && notes.count == 1 && notes[0].contains("poppler-utils"))
        #expect(pdfServer.requests.isEmpty, "no download when the text cannot be extracted")
        #expect(try h.count("SELECT count(*) FROM summaries WHERE input = 'abstract'") == 3)
        #expect(chat.server.requests.allSatisfy { !$0.text.contains("Full text:") })
    }
}
