/// The digest as an Atom 1.0 feed: one entry per selected paper, id `oai:arXiv.org:IDvN`
/// (stable per version), RFC 3339 dates, every author, categories as `term`s.
public struct AtomRenderer: ReportRenderer {
    public init() {}

    public func render(_ digest: Digest) throws -> String {
        let e = XMLEscaping.escape
        let range = digest.range
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <id>urn:arxiv-bot:digest:\(range.from):\(range.to)</id>
            <title>\(e(FeedEntryText.title(digest)))</title>
            <subtitle>\(e(RSSRenderer.channelDescription(digest)))</subtitle>
            <updated>\(ReportText.rfc3339(digest.generatedAt))</updated>
            <link href="https://arxiv.org/"/>
            <author><name>arxiv-bot</name></author>
            <generator>arxiv-bot</generator>

            """
        for entry in digest.entries {
            let p = entry.paper
            let published = p.date.map(ReportText.rfc3339) ?? ReportText.rfc3339(digest.generatedAt)
            let updated = max(p.date ?? range.from, p.updated ?? range.from)
            out += "<entry>\n<id>\(e(FeedEntryText.guid(p)))</id>\n<title>\(e(p.title.normalizingWhitespace()))</title>\n"
            out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(e(p.url))\"/>\n"
            out += "<published>\(published)</published>\n<updated>\(p.date == nil ? published : ReportText.rfc3339(updated))</updated>\n"
            for author in p.authors { out += "<author><name>\(e(author))</name></author>\n" }
            for category in p.categories { out += "<category term=\"\(e(category))\"/>\n" }
            out += "<summary type=\"html\">\(e(FeedEntryText.descriptionHTML(entry)))</summary>\n</entry>\n"
        }
        return out + "</feed>\n"
    }
}
