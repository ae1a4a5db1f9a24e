import PaperKit

/// `GET /`: the query box with filters, and one page of ranked results with highlighted
/// snippets, scores and the keyword hits behind them. Plain links and a GET form: no scripts.
struct SearchPage {
    var query: QueryParameters
    var request: SearchRequest?
    /// One more than a page was asked for, to know whether a next page exists.
    var results: [PaperResult]
    var error: String?
    var categories: [String]
    /// The configured watches' names, linked below the form.
    var watches: [String] = []

    private func e(_ s: String) -> String { PageLayout.e(s) }

    func render() -> String {
        var body = "<h1>Search papers</h1>\n" + form()
        if let error { body += "<p class=\"error\">\(e(error))</p>\n" }
        if !watches.isEmpty {
            body += "<p class=\"count\">Watches: " + watches.map { name in
                "<a href=\"/watch/\(e(name))\">\(e(name))</a> (<a href=\"/watch/\(e(name)).rss\">rss</a>, <a href=\"/watch/\(e(name)).atom\">atom</a>)"
            }.joined(separator: " · ") + "</p>\n"
        }
        if let request {
            if let q = query.string("q") {
                var target = "/trends?q=" + QueryEncoding.encode(q)
                if let category = query.string("category") { target += "&category=" + QueryEncoding.encode(category) }
                body += "<p class=\"count\"><a href=\"\(e(target))\">trend of this query</a></p>\n"
            }
            let shown = results.prefix(request.limit)
            if shown.isEmpty {
                body += "<p class=\"count\">No papers match these words and filters.</p>\n"
            } else {
                body += "<p class=\"count\">Results \(request.offset + 1)–\(request.offset + shown.count)</p>\n"
                body += shown.map(row).joined()
                body += pager(request, hasNext: results.count > request.limit)
            }
        }
        let q = query.string("q")
        return PageLayout.page(title: q.map { "\($0) – arxiv-bot search" } ?? "arxiv-bot search", body: body)
    }

    private func form() -> String {
        func value(_ name: String) -> String { e(query.string(name) ?? "") }
        let selectedCategory = query.string("category") ?? ""
        let listed = categories.contains(selectedCategory) || selectedCategory.isEmpty ? categories : categories + [selectedCategory]
        let categoryOptions = ([("", "any category")] + listed.map { ($0, $0) })
            .map { "<option value=\"\(e($0.0))\"\($0.0 == selectedCategory ? " selected" : "")>\(e($0.1))</option>" }.joined()
        let type = query.string("type") ?? ""
        let typeOptions = ([("", "any type")] + AnnounceType.allCases.map { ($0.rawValue, $0.rawValue) })
            .map { "<option value=\"\($0.0)\"\($0.0 == type ? " selected" : "")>\($0.1)</option>" }.joined()
        let sort = query.string("sort") ?? "relevance"
        let sortOptions = PaperSort.allCases.map { "<option\($0.rawValue == sort ? " selected" : "")>\($0.rawValue)</option>" }.joined()
        return """
            <form class="search" method="get" action="/">
            <div class="row"><input name="q" type="search" value="\(value("q"))" maxlength="\(RequestLimits.parameterCharacters)" placeholder="speculative decoding, &quot;mixture of experts&quot;, author:hinton" aria-label="search"></div>
            <div class="row">
            <div><label for="category">category</label><select id="category" name="category">\(categoryOptions)</select></div>
            <div><label for="type">announced as</label><select id="type" name="type">\(typeOptions)</select></div>
            <div><label for="min_score">min score</label><input id="min_score" name="min_score" inputmode="decimal" value="\(value("min_score"))"></div>
            </div>
            <div class="row">
            <div><label for="from">from</label><input id="from" name="from" type="date" value="\(value("from"))"></div>
            <div><label for="to">to</label><input id="to" name="to" type="date" value="\(value("to"))"></div>
            <div><label for="sort">sort</label><select id="sort" name="sort">\(sortOptions)</select></div>
            </div>
            <div class="row"><button type="submit">Search</button></div>
            <p class="hint">Words are ANDed; "phrases", prefix*, OR (a OR b c = (a OR b) AND c), -word, title:, abstract:, author:, summary: work; an arXiv ID finds that paper.</p>
            </form>

            """
    }

    private func row(_ p: PaperResult) -> String {
        var out = "<article>\n<h2><a href=\"/papers/\(e(p.arxivID))\">\(e(p.title.normalizingWhitespace()))</a></h2>\n"
        out += "<p class=\"authors\">\(e(p.authors.prefix(8).joined(separator: ", ")))\(p.authors.count > 8 ? " et al." : "")</p>\n"
        out += "<p class=\"facts\"><span class=\"score\">score \(PaperExport.scoreText(p.score))</span> <span>\(e(p.versionedID))</span>"
            + " <span>\(e(p.categories.joined(separator: ", ")))</span> <span>\(p.date?.description ?? "")</span>"
            + " <span>\(p.announceType?.rawValue ?? "")</span></p>\n"
        if !p.keywordHits.isEmpty { out += "<p class=\"hits\">keyword hits: \(e(PaperExport.hitsText(p.keywordHits)))</p>\n" }
        if let snippet = p.snippet { out += "<p class=\"snippet\">\(PageLayout.highlighted(snippet))</p>\n" }
        return out + "</article>\n"
    }

    private func pager(_ request: SearchRequest, hasNext: Bool) -> String {
        let page = request.offset / max(1, request.limit) + 1
        func link(_ target: Int, _ text: String) -> String { "<a href=\"\(e(url(page: target)))\">\(text)</a>" }
        let previous = page > 1 ? link(page - 1, "← previous") : "<span></span>"
        let next = hasNext && request.offset + request.limit < RequestLimits.maxOffset ? link(page + 1, "next →") : "<span></span>"
        return "<nav class=\"pager\">\(previous)<span class=\"count\">page \(page)</span>\(next)</nav>\n"
    }

    /// This search with another page: the same parameters, re-encoded.
    private func url(page: Int) -> String {
        let names = ["q", "category", "type", "min_score", "from", "to", "sort", "author"]
        var items = names.compactMap { name in query.string(name).map { "\(name)=\(QueryEncoding.encode($0))" } }
        items.append("page=\(page)")
        return "/?" + items.joined(separator: "&")
    }
}

/// Percent-encoding for query values (RFC 3986 unreserved characters stay as they are).
enum QueryEncoding {
    static func encode(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
