import Foundation
import FoundationXML
import Testing
@testable import PaperKit

/// The html digest's two small charts: papers per day by category and by keyword (or watch),
/// their counts the store's, their SVG well formed; none for a one-day digest.
struct DigestChartsTests {
    let fixture: ReportFixture

    init() throws { fixture = try ReportFixture() }

    @Test func countsAreTheStoresAndTheSVGParses() throws {
        let range = try ReportFixture.range("2026-07-24", "2026-07-28")
        let digest = try fixture.digest(range)
        let charts = try #require(digest.charts)
        #expect(charts.categories.queries == fixture.configuration.categories)
        #expect(charts.categories.rows.map(\.label) == range.days.map(\.description))
        for (i, category) in charts.categories.queries.enumerated() {
            for row in charts.categories.rows {
                let expected = try fixture.harness.count("""
                    SELECT count(*) FROM papers p WHERE coalesce(p.first_announced, p.published) = '\(row.label)'
                    AND EXISTS (SELECT 1 FROM paper_categories c WHERE c.paper_id = p.id AND c.category = '\(category)')
                    """)
                #expect(row.counts[i] == expected, "\(category) \(row.label)")
            }
        }
        let interests = try #require(charts.interests)
        #expect(charts.interestsLabel == "keywords" && interests.queries == digest.statistics.topKeywords.prefix(5).map(\.name))
        #expect(interests.rows.contains { $0.counts.contains { $0 > 0 } })
        #expect(charts.categories.rows.filter(\.closed).map(\.label) == ["2026-07-25", "2026-07-26"])

        let html = try HTMLRenderer(template: .digest).render(digest)
        let svgs = html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
        #expect(svgs.count == 2)
        for svg in svgs {
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        }
        #expect(svgs[0].components(separatedBy: "class=\"series\"").count - 1 == charts.categories.queries.count)
        // Each chart names its own hatch pattern: two charts on one page never share an id.
        #expect(svgs[0].contains("id=\"hatch-categories\"") && svgs[1].contains("id=\"hatch-interests\""))
        #expect(!svgs.joined().contains("url(#hatch)"))
        #expect(!html.contains("<script"))
    }

    @Test func onlyTheHTMLDigestPaysForCharts() throws {
        let builder = DigestBuilder(store: fixture.store, configuration: fixture.configuration)
        let digest = try builder.build(range: try ReportFixture.range("2026-07-24", "2026-07-28"), selection: DigestSelection())
        #expect(digest.charts == nil, "charts are counted only when asked for")
        #expect(!(try HTMLRenderer(template: .digest).render(digest)).contains("<svg"))
    }

    @Test func aOneDayDigestHasNoChart() throws {
        let digest = try fixture.digest(ReportFixture.range("2026-07-27", "2026-07-27"))
        #expect(!(try HTMLRenderer(template: .digest).render(digest)).contains("<svg"))
    }
}
