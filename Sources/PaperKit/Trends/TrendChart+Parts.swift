/// The plot area of a chart: margins for the title, the axes' labels and the legend, and one
/// band per period along the x axis.
struct ChartFrame {
    let width: Int
    let height: Int
    let periods: Int
    let plotLeft = 72.0
    let plotTop = 48.0
    var plotRight: Double { Double(width) - 24 }
    var plotBottom: Double { Double(height) - 96 }
    var plotWidth: Double { plotRight - plotLeft }
    var plotHeight: Double { plotBottom - plotTop }
    var band: Double { plotWidth / Double(max(1, periods)) }
    func bandStart(_ i: Int) -> Double { plotLeft + band * Double(i) }
    func center(_ i: Int) -> Double { bandStart(i) + band / 2 }
}

extension TrendChart {
    /// The value axis with its grid lines and tick labels, the period axis with thinned labels.
    func axes(_ trend: Trend, frame: ChartFrame, ticks: [Double], y: (Double) -> Double) -> String {
        var svg = "<g class=\"axis y\" stroke=\"#cccccc\">\n"
        for tick in ticks {
            svg += "<line x1=\(q(frame.plotLeft)) y1=\(q(y(tick))) x2=\(q(frame.plotRight)) y2=\(q(y(tick)))/>\n"
        }
        svg += "</g>\n<g class=\"axis y labels\" text-anchor=\"end\" fill=\"#333333\">\n"
        for tick in ticks {
            svg += "<text x=\(q(frame.plotLeft - 6)) y=\(q(y(tick) + 4))>\(ChartAxis.label(tick))\(share ? "%" : "")</text>\n"
        }
        let axisTitle = share ? "% of papers" : "papers"
        svg += "<text x=\"16\" y=\(q(frame.plotTop + frame.plotHeight / 2)) text-anchor=\"middle\" "
            + "transform=\"rotate(-90 16 \(ChartAxis.label((frame.plotTop + frame.plotHeight / 2).rounded())))\">\(axisTitle)</text>\n"
        svg += "</g>\n<g class=\"axis x\" text-anchor=\"middle\" fill=\"#333333\">\n"
        svg += "<line x1=\(q(frame.plotLeft)) y1=\(q(frame.plotBottom)) x2=\(q(frame.plotRight)) y2=\(q(frame.plotBottom)) stroke=\"#333333\"/>\n"
        // About 80 px per label, so week labels (`2026-W49`) never overlap.
        let limit = max(2, Int(frame.plotWidth / 80))
        for i in ChartAxis.labelIndices(count: trend.rows.count, limit: limit) {
            let x = frame.center(i)
            svg += "<line x1=\(q(x)) y1=\(q(frame.plotBottom)) x2=\(q(x)) y2=\(q(frame.plotBottom + 5)) stroke=\"#333333\"/>"
                + "<text x=\(q(x)) y=\(q(frame.plotBottom + 19))>\(XMLEscaping.escape(trend.rows[i].label))</text>\n"
        }
        return svg + "</g>\n"
    }

    /// One query: a polyline through one point per period (or one bar per period).
    func series(_ trend: Trend, index: Int, query: String, frame: ChartFrame, y: (TrendRow) -> Double,
                value: (TrendRow) -> Double) -> String {
        let color = Self.colors[index % Self.colors.count]
        var svg = "<g class=\"series\" data-query=\"\(XMLEscaping.escape(query))\" fill=\"\(color)\" stroke=\"\(color)\">\n"
        if style == .line, trend.rows.count > 1 {
            let points = trend.rows.enumerated().map { i, row in
                ChartAxis.label((frame.center(i) * 10).rounded() / 10) + "," + ChartAxis.label((y(row) * 10).rounded() / 10)
            }
            svg += "<polyline fill=\"none\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>\n"
        }
        let bars = Double(trend.queries.count)
        for (i, row) in trend.rows.enumerated() {
            let tip = "\(row.label): \(row.counts[index]) of \(row.total)" + (row.note.isEmpty ? "" : " (\(row.note))")
            let title = "<title>" + XMLEscaping.escape("\(query), \(tip)") + "</title>"
            if style == .bar {
                let width = frame.band * 0.8 / bars
                let x = frame.bandStart(i) + frame.band * 0.1 + width * Double(index)
                let top = y(row)
                svg += "<rect class=\"point\" x=\(q(x)) y=\(q(top)) width=\(q(width)) height=\(q(frame.plotBottom - top)) "
                    + "stroke=\"none\">\(title)</rect>\n"
            } else {
                svg += "<circle class=\"point\" cx=\(q(frame.center(i))) cy=\(q(y(row))) r=\"\(trend.rows.count > 60 ? 1.5 : 3)\" "
                    + "data-value=\"\(ChartAxis.label(value(row)))\">\(title)</circle>\n"
            }
        }
        return svg + "</g>\n"
    }

    /// A swatch and the query per series, then the keys of the shading, in rows under the axis.
    func legend(_ trend: Trend, frame: ChartFrame) -> String {
        var svg = "<g class=\"legend\" fill=\"#333333\">\n"
        var x = frame.plotLeft
        var y = frame.plotBottom + 48
        func place(_ label: String, swatch: String) {
            let shown = label.count <= 40 ? label : String(label.prefix(39)) + "…"
            let width = 28 + Double(shown.count) * 7
            if x + width > frame.plotRight, x > frame.plotLeft { x = frame.plotLeft; y += 20 }
            svg += swatch.replacingOccurrences(of: "X", with: ChartAxis.label(x.rounded()))
                .replacingOccurrences(of: "Y", with: ChartAxis.label((y - 10).rounded()))
            svg += "<text x=\(q(x + 20)) y=\(q(y))>\(XMLEscaping.escape(shown))</text>\n"
            x += width + 12
        }
        for (i, query) in trend.queries.enumerated() {
            place(query, swatch: "<rect x=\"X\" y=\"Y\" width=\"14\" height=\"10\" fill=\"\(Self.colors[i % Self.colors.count])\"/>")
        }
        if trend.rows.contains(where: \.incomplete) {
            place("incomplete (missed ingest or not over)", swatch: "<rect x=\"X\" y=\"Y\" width=\"14\" height=\"10\" fill=\"url(#hatch)\" stroke=\"#e0a040\"/>")
        }
        if trend.rows.contains(where: \.closed) {
            place("closed: arXiv does not announce", swatch: "<rect x=\"X\" y=\"Y\" width=\"14\" height=\"10\" fill=\"#eeeeee\" stroke=\"#cccccc\"/>")
        }
        return svg + "</g>\n"
    }
}
