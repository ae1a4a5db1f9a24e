/// What a parse learned about the document as a whole, returned after the last record.
public struct FeedInfo: Sendable, Equatable {
    /// The detected format.
    public var format: FeedFormat
    /// The file path or label the records came from.
    public var source: String
    /// Daily feeds: `cs.AI`, or `cs.AI+cs.CL` for a combined feed.
    public var feedName: String?
    /// Daily feeds: the announcement day.
    public var day: Day?
    /// RSS `lastBuildDate`, Atom feed `updated` or OAI `responseDate`, as written.
    public var buildDate: String?
    /// OAI-PMH: nil when the element is absent, "" at the end of the list.
    public var resumptionToken: String?
    public var completeListSize: Int?
    public var cursor: Int?
    /// API: `opensearch:totalResults`, `startIndex`, `itemsPerPage`.
    public var totalResults: Int?
    public var startIndex: Int?
    public var itemsPerPage: Int?
    /// Records handed to the callback.
    public var recordCount: Int = 0
    /// Of those, records with neither an announcement day nor a v1 date (daily-crawl JSON lines,
    /// an RSS feed without `pubDate`): search finds them, date ranges cannot.
    public var undatedRecords: Int = 0

    public init(format: FeedFormat, source: String) {
        self.format = format
        self.source = source
    }
}
