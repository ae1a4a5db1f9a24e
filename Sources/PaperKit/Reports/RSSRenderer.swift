/// The digest as an RSS 2.0 feed: one item per selected paper, guid `oai:arXiv.org:IDvN`
/// (stable per version, not a permalink), RFC 822 dates, authors as `dc:creator`.
public struct RSSRenderer: ReportRenderer {
    public init() {}

    public func render(_ digest: Digest) throws -> String {
        let e = XMLEscaping.escape
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
            <title>\(e(FeedEntryText.title(digest)))</title>
            <link>https://arxiv.org/</link>
            <description>\(e(Self.channelDescription(digest)))</description>
            <language>en</language>
            <lastBuildDate>\(ReportText.rfc822(digest.generatedAt))</lastBuildDate>
            <generator>arxiv-bot</generator>

            """
        for entry in digest.entries {
            let p = entry.paper
            out += "<item>\n<title>\(e(p.title.normalizingWhitespace()))</title>\n<link>\(e(p.url))</link>\n"
            out += "<guid isPermaLink=\"false\">\(e(FeedEntryText.guid(p)))</guid>\n"
            if let date = p.date { out += "<pubDate>\(ReportText.rfc822(date))</pubDate>\n" }
            for author in p.authors { out += "<dc:creator>\(e(author))</dc:creator>\n" }
            for category in p.categories { out += "<category>\(e(category))</category>\n" }
            out += "<description>\(e(FeedEntryText.descriptionHTML(entry)))</description>\n</item>\n"
        }
        return out + "</channel>\n</rss>\n"
    }

    static func channelDescription(_ digest: Digest) -> String {
        digest.entries.isEmpty ? digest.emptyMessage
            : "\(ReportText.count(digest.entries.count, "paper")) selected from \(digest.statistics.papersInRange) ingested, by keyword score"
    }
}
