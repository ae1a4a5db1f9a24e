import PaperKit

/// `GET /trends`: a form for the queries and the period, the chart as inline SVG (allowed by the
/// Content-Security-Policy: no script, presentation attributes only) and the table of counts.
struct TrendsPage {
    var query: QueryParameters
    var trend: Trend?
    var error: String?

    private func e(_ s: String) -> String { PageLayout.e(s) }

    func render() -> String {
        var body = "<h1>Trends</h1>\n" + form()
        if let error { body += "<p class=\"error\">\(e(error))</p>\n" }
        if let trend {
            let svg = TrendChart().inline(trend)
            body += "<figure class=\"trend\" style=\"margin:0\">\(svg)</figure>\n" + table(trend)
            body += "<p class=\"hint\"><a href=\"\(e("/api/trends?" + parameters()))\">this trend as JSON</a></p>\n"
        }
        return PageLayout.page(title: query.all("q").isEmpty ? "arxiv-bot trends" : query.all("q").joined(separator: ", ") + " – arxiv-bot trends",
                               body: body)
    }

    private func form() -> String {
        var queries = query.all("q")
        while queries.count < 2 { queries.append("") }
        let inputs = queries.prefix(TrendRequest.maxQueries).map {
            "<input name=\"q\" type=\"search\" value=\"\(e($0))\" maxlength=\"\(RequestLimits.parameterCharacters)\" aria-label=\"query\">"
        }.joined(separator: " ")
        let by = query.string("by") ?? "month"
        let options = TrendPeriod.allCases.map { "<option\($0.rawValue == by ? " selected" : "")>\($0.rawValue)</option>" }.joined()
        func value(_ name: String) -> String { e(query.string(name) ?? "") }
        return """
            <form class="search" method="get" action="/trends">
            <div class="row">\(inputs)</div>
            <div class="row">
            <div><label for="by">by</label><select id="by" name="by">\(options)</select></div>
            <div><label for="from">from</label><input id="from" name="from" value="\(value("from"))" placeholder="YYYY, YYYY-MM or YYYY-MM-DD"></div>
            <div><label for="to">to</label><input id="to" name="to" value="\(value("to"))" placeholder="YYYY, YYYY-MM or YYYY-MM-DD"></div>
            <div><label for="category">category</label><input id="category" name="category" value="\(value("category"))"></div>
            </div>
            <div class="row"><button type="submit">Show trend</button></div>
            <p class="hint">Up to \(TrendRequest.maxQueries) queries, searched as on the search page; papers counted by first announcement (else v1 day). Hatched periods are incomplete (a missed ingest, or not over yet).</p>
            </form>

            """
    }

    private func table(_ trend: Trend) -> String {
        var html = "<table class=\"trend\"><thead><tr><th>\(e(trend.period.rawValue))</th>"
        html += trend.queries.map { "<th>\(e($0))</th><th>share</th>" }.joined() + "<th>all papers</th><th>note</th></tr></thead><tbody>\n"
        for row in trend.rows {
            html += "<tr><td>\(e(row.label))</td>"
            html += row.counts.indices.map { "<td>\(row.counts[$0])</td><td>\(e(TrendTable.percent(row.share($0))))</td>" }.joined()
            html += "<td>\(row.total)</td><td>\(e(row.note))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// The parameters of this trend, re-encoded, for the JSON link.
    private func parameters() -> String {
        var items = query.all("q").map { "q=\(QueryEncoding.encode($0))" }
        for name in ["by", "from", "to", "days", "category", "author", "min_score", "type"] {
            if let value = query.string(name) { items.append("\(name)=\(QueryEncoding.encode(value))") }
        }
        return items.joined(separator: "&")
    }
}
