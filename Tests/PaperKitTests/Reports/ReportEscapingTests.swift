import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// A real feed with `<script>`, `&`, `]]>` and quotes put into a title and an abstract.
struct ReportEscapingTests {
    static let nasty = #"<script>alert(1)</script> & ]]> "double" 'single'"#
    static let nastyXML = #"&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; "double" 'single'"#

    func craftedDigest() throws -> (Digest, PaperResult) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arxiv-bot-crafted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try temporaryCopy(of: "rss/trimmed/cs.AI-2026-04-27-3items.xml", named: "crafted.xml", in: folder) { data in
            Data(String(decoding: data, as: UTF8.self)
                .replacingOccurrences(of: "<title>Math Takes Two: A test",
                                      with: "<title>Efficient LLM Inference \(Self.nastyXML) Math Takes Two: A test")
                .replacingOccurrences(of: "Abstract: Although language models",
                                      with: "Abstract: Although \(Self.nastyXML) language models").utf8)
        }
        let fixture = try ReportFixture(files: [path])
        let digest = try fixture.digest(ReportFixture.range("2026-04-27", "2026-04-27"))
        let paper = try #require(digest.entries.first { $0.paper.title.contains("<script>") }?.paper)
        #expect(paper.abstract.contains(Self.nasty))
        return (digest, paper)
    }

    @Test func htmlHasNoLiveTagFromFeedText() throws {
        let (digest, _) = try craftedDigest()
        for template in ReportTemplate.allCases {
            let html = try HTMLRenderer(template: template).render(digest)
            #expect(!html.lowercased().contains("<script"), "\(template)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; &quot;double&quot; &#39;single&#39;"))
        }
        let markdown = try MarkdownReadmeRenderer().render(digest) + MarkdownDigestRenderer().render(digest)
        #expect(!markdown.lowercased().contains("<script"))
    }

    @Test(arguments: [ReportFormat.rss, .atom])
    func feedsParseAndRoundTripTheText(format: ReportFormat) throws {
        let (digest, paper) = try craftedDigest()
        let xml = try ReportRenderers.renderer(format: format).render(digest)
        let reader = try XMLStreamReader(data: Data(xml.utf8), source: "\(format)")
        var titles: [String] = []
        var descriptions: [String] = []
        while try reader.read() {
            guard reader.isElement else { continue }
            if reader.isNamed("title") && reader.depth >= (format == .rss ? 3 : 2) { titles.append(try reader.readText()) }
            else if reader.isNamed("description") || reader.isNamed("summary") { descriptions.append(try reader.readText()) }
        }
        #expect(titles.contains(paper.title), "title round-trips exactly: \(titles)")
        #expect(descriptions.contains { $0.contains(XMLEscaping.escape(paper.abstract)) }, "abstract is escaped HTML inside the description")
        #expect(titles.count == digest.entries.count, "one title per entry")
    }
}
