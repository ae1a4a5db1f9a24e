import Foundation
import FoundationXML
import Testing
@testable import PaperKit

/// The SVG parses as XML, has one series per query and one point per period, hatches the
/// incomplete periods, and escapes hostile query text.
struct TrendChartTests {
    static let hostile = "<script>alert(1)</script>&\"'"

    static func trend(periods: Int = 14, queries: [String] = ["mixture of experts", hostile]) throws -> Trend {
        let start = Day(iso: "2025-11-01")!
        let labels = TrendPeriod.month.periods(from: start, to: start.adding(days: 31 * periods - 20))
        let rows = labels.enumerated().map { i, period in
            TrendRow(label: period.label, first: period.first, last: period.last,
                     counts: queries.indices.map { (i * 7 + $0 * 3) % 11 }, total: 100 + i,
                     closed: false, missingDays: i == 3 ? 2 : 0, futureDays: i == labels.count - 1 ? 5 : 0)
        }
        return Trend(queries: queries, period: .month, range: try DigestRange(from: rows[0].first, to: rows.last!.last), rows: rows)
    }

    /// Element names with their `class` attribute, nested as the parser saw them.
    final class Collector: NSObject, XMLParserDelegate {
        var seriesPoints: [Int] = []
        var hatched = 0
        var patterns = 0
        var texts = ""
        var scripts = 0
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "script" { scripts += 1 }
            if name == "pattern" { patterns += 1 }
            if attributes["class"] == "series" { seriesPoints.append(0) }
            if attributes["class"] == "point", !seriesPoints.isEmpty { seriesPoints[seriesPoints.count - 1] += 1 }
            if attributes["class"] == "incomplete", attributes["fill"] == "url(#hatch)" { hatched += 1 }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { texts += string }
    }

    func parse(_ svg: String) throws -> Collector {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        return collector
    }

    @Test(arguments: TrendChart.Style.allCases, [false, true])
    func parsesWithOneSeriesPerQueryAndOnePointPerPeriod(style: TrendChart.Style, share: Bool) throws {
        let trend = try Self.trend()
        let svg = TrendChart(style: style, share: share).render(trend)
        let parsed = try parse(svg)
        #expect(parsed.seriesPoints == [trend.rows.count, trend.rows.count])
        #expect(parsed.patterns == 1)
        #expect(parsed.hatched == trend.rows.filter(\.incomplete).count)
        #expect(parsed.hatched == 2)
        #expect(parsed.scripts == 0)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""))
    }

    @Test func hostileQueryTextIsEscaped() throws {
        let svg = TrendChart().render(try Self.trend())
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;"))
        let parsed = try parse(svg)
        #expect(parsed.texts.contains(Self.hostile), "the legend shows the query as typed")
    }

    @Test func periodLabelsAreThinnedAndTicksAreNice() throws {
        let many = try Self.trend(periods: 120, queries: ["a"])
        let svg = TrendChart().render(many)
        let labels = many.rows.filter { svg.contains(">\($0.label)</text>") }.count
        #expect(labels >= 6 && labels <= 12, "\(labels) of 120 labels printed")
        #expect(ChartAxis.ticks(upTo: 187) == [0, 50, 100, 150, 200])
        #expect(ChartAxis.ticks(upTo: 2.9) == [0, 1, 2, 3])
        #expect(ChartAxis.ticks(upTo: 9) == [0, 2, 4, 6, 8, 10])
        #expect(ChartAxis.countTicks(upTo: 3) == [0, 1, 2, 3])
        #expect(ChartAxis.labelIndices(count: 5, limit: 10) == [0, 1, 2, 3, 4])
    }
}
