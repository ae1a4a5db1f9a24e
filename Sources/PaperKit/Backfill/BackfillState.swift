/// Where a backfill job stands: the next page to fetch and what is done. Saved in
/// `backfill_state` in the same transaction as each page's papers.
public struct BackfillState: Sendable, Equatable {
    public var job: String
    public var via: BackfillRequest.Via
    public var from: Day
    public var to: Day
    public var categories: [String]
    public var sets: [String]
    /// OAI: index into `sets` of the set being harvested (`sets.count` when all are done).
    public var setIndex = 0
    /// OAI: the resumptionToken of the next page; nil = the first page of the set.
    public var nextToken: String?
    /// API: windows still to fetch, the current one first.
    public var windows: [APIWindow] = []
    /// API: start index of the next page within the current window.
    public var nextStart = 0
    public var pagesDone = 0
    public var recordsDone = 0
    public var startedAt: String
    public var updatedAt: String
    public var finishedAt: String?

    /// A job at its first page.
    public init(request: BackfillRequest, now: String) {
        job = request.jobKey
        via = request.via
        from = request.from
        to = request.to
        categories = request.categories
        sets = request.via == .oai ? request.sets : []
        windows = request.via == .api ? [APIWindow(from: request.from, to: request.to)] : []
        startedAt = now
        updatedAt = now
    }

    public var isFinished: Bool { finishedAt != nil }

    /// Whether no page is left to fetch.
    var isExhausted: Bool {
        switch via {
        case .oai: return setIndex >= sets.count
        case .api: return windows.isEmpty
        }
    }
}
