import Foundation
import Testing
@testable import PaperKit

/// Every format rendered from the same real-fixture store, compared byte for byte.
struct GoldenReportTests {
    let fixture: ReportFixture

    init() throws { fixture = try ReportFixture() }

    @Test(arguments: [
        ("readme.md", ReportFormat.markdown, ReportTemplate.readme),
        ("readme.html", .html, .readme),
        ("report.json", .json, .readme),
        ("report.rss.xml", .rss, .readme),
        ("report.atom.xml", .atom, .readme),
    ])
    func oneDayInEveryFormat(name: String, format: ReportFormat, template: ReportTemplate) throws {
        let digest = try fixture.digest(ReportFixture.range("2026-07-27", "2026-07-27"), limit: 6)
        try expectGolden(try ReportRenderers.renderer(format: format, template: template).render(digest), name)
    }

    @Test(arguments: [("digest-by-day.md", ReportFormat.markdown), ("digest-by-day.html", .html)])
    func digestByDayNamesWeekendsAndMissingDays(name: String, format: ReportFormat) throws {
        // Saturday 04-25 to Wednesday 04-29: weekend, one ingested day, two days the ledger lacks.
        let digest = try fixture.digest(ReportFixture.range("2026-04-25", "2026-04-29"), types: ["new", "cross"])
        try expectGolden(try ReportRenderers.renderer(format: format, template: .digest, group: .day).render(digest), name)
    }

    @Test func digestByCategory() throws {
        let digest = try fixture.digest(ReportFixture.range("2026-07-27", "2026-07-27"), limit: 8)
        try expectGolden(try MarkdownDigestRenderer(group: .category).render(digest), "digest-by-category.md")
    }

    @Test func anEmptyRangeIsAValidReportSayingSo() throws {
        let digest = try fixture.digest(ReportFixture.range("2026-05-02", "2026-05-03"))
        #expect(digest.entries.isEmpty && digest.statistics.missingDays.isEmpty)
        for format in ReportFormat.allCases {
            let text = try ReportRenderers.renderer(format: format, template: .readme).render(digest)
            if format != .json { #expect(text.contains("No papers matched the selection for 2026-05-02 to 2026-05-03"), "\(format)") }
        }
        try expectGolden(try MarkdownDigestRenderer().render(digest), "digest-empty.md")
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let range = try ReportFixture.range("2026-04-20", "2026-07-31")
        let a = try JSONReportRenderer().render(try fixture.digest(range, types: ["new", "cross", "replace"], minScore: 0))
        let b = try JSONReportRenderer().render(try ReportFixture().digest(range, types: ["new", "cross", "replace"], minScore: 0))
        #expect(a == b)
    }
}
