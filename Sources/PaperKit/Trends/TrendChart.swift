/// A trend as a standalone SVG 1.1 document, written by hand: a line chart (or, for one query,
/// optionally bars), value axis with nice ticks, period axis with thinned labels, a legend per
/// query, a title, closed periods shaded and incomplete ones hatched. No script, no external
/// reference; every text from the user or the store goes through `XMLEscaping`.
///
/// Each query is one `<g class="series">` holding one `class="point"` element per period, which
/// tests and stylesheets can count on.
public struct TrendChart {
    /// A polyline with a point per period, or a bar per query and period.
    public enum Style: String, Sendable, CaseIterable { case line, bar }

    /// Line (the default) or bars.
    public var style: Style = .line
    /// Plot each query's share of the period's papers (in percent) instead of its count.
    public var share = false
    /// The size in pixels, also the `viewBox`.
    public var width = 960
    public var height = 540
    /// The title; nil gives "Papers per month matching …".
    public var title: String?

    /// A chart renderer; the title defaults to what is counted and the range.
    public init(style: Style = .line, share: Bool = false, title: String? = nil) {
        self.style = style
        self.share = share
        self.title = title
    }

    /// Eight colours that stay apart for common colour blindness (Okabe-Ito, then grey).
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999"]

    /// The chart as an `<svg>` element for an HTML page: the document without its XML
    /// declaration, scaled to its container (an inline style, which the pages' CSP allows).
    /// `id` names its hatch pattern, so several charts on one page keep their own.
    public func inline(_ trend: Trend, id: String = "hatch") -> String {
        let document = render(trend)
        let element = document.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
        return element.replacingOccurrences(of: "<svg ", with: "<svg style=\"max-width:100%;height:auto\" ")
            .replacingOccurrences(of: "id=\"hatch\"", with: "id=\"\(id)\"").replacingOccurrences(of: "url(#hatch)", with: "url(#\(id))")
    }

    /// The SVG document.
    public func render(_ trend: Trend) -> String {
        let frame = ChartFrame(width: width, height: height, periods: trend.rows.count)
        let ticks = share ? ChartAxis.ticks(upTo: trend.maxShare * 100) : ChartAxis.countTicks(upTo: trend.maxCount)
        let top = ticks.last ?? 1
        func y(_ value: Double) -> Double { frame.plotBottom - frame.plotHeight * value / top }
        func value(_ row: TrendRow, _ i: Int) -> Double { share ? row.share(i) * 100 : Double(row.counts[i]) }

        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" font-family="sans-serif" font-size="12" role="img">

            """
        let heading = title ?? defaultTitle(trend)
        svg += "<title>\(XMLEscaping.escape(heading))</title>\n"
        svg += """
            <defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="8" height="8" fill="#fff7e0"/><line x1="0" y1="0" x2="0" y2="8" stroke="#e0a040" stroke-width="3"/>\
            </pattern></defs>
            <rect width="\(width)" height="\(height)" fill="#ffffff"/>

            """
        svg += "<text class=\"title\" x=\(q(Double(width) / 2)) y=\"26\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">"
            + XMLEscaping.escape(heading) + "</text>\n"
        // Shading first, so lines and bars draw over it.
        for (i, row) in trend.rows.enumerated() where row.closed || row.incomplete {
            let fill = row.incomplete ? "url(#hatch)" : "#eeeeee"
            svg += "<rect class=\"\(row.incomplete ? "incomplete" : "closed")\" x=\(q(frame.bandStart(i))) y=\(q(frame.plotTop)) "
                + "width=\(q(frame.band)) height=\(q(frame.plotHeight)) fill=\"\(fill)\"><title>"
                + XMLEscaping.escape("\(row.label): \(row.note)") + "</title></rect>\n"
        }
        svg += axes(trend, frame: frame, ticks: ticks, y: y)
        for (i, query) in trend.queries.enumerated() {
            svg += series(trend, index: i, query: query, frame: frame, y: { y(value($0, i)) }, value: { value($0, i) })
        }
        svg += legend(trend, frame: frame)
        return svg + "</svg>\n"
    }

    func defaultTitle(_ trend: Trend) -> String {
        let what = share ? "Share of papers" : "Papers"
        let queries = trend.queries.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
        return "\(what) per \(trend.period.rawValue) matching \(queries), \(trend.range.from) to \(trend.range.to)"
    }

    /// A number as a quoted attribute value with at most one decimal.
    func q(_ value: Double) -> String { "\"" + ChartAxis.label((value * 10).rounded() / 10) + "\"" }
}
