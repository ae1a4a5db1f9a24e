/// Where a backfill job stands: the next page to fetch and what is done. Saved in
/// `backfill_state` in the same transaction as each page's papers.
public struct BackfillState: Sendable, Equatable {
    /// `BackfillRequest.jobKey`: the same command finds this state and resumes it.
    public var job: String
    public var via: BackfillRequest.Via
    /// First and last day of the range, inclusive, as requested.
    public var from: Day
    public var to: Day
    public var categories: [String]
    /// OAI: the sets to harvest, in order (one per archive); empty for the API.
    public var sets: [String]
    /// OAI: index into `sets` of the set being harvested (`sets.count` when all are done).
    public var setIndex = 0
    /// OAI: the resumptionToken of the next page; nil = the first page of the set.
    public var nextToken: String?
    /// API: windows still to fetch, the current one first.
    public var windows: [APIWindow] = []
    /// API: start index of the next page within the current window.
    public var nextStart = 0
    /// Pages committed, counting an API window split as one.
    public var pagesDone = 0
    /// Records kept (in the request's categories) over all committed pages.
    public var recordsDone = 0
    /// `Timestamp` of the job's creation; `updatedAt` of its last committed page.
    public var startedAt: String
    public var updatedAt: String
    /// Set with the last page; the same request then reports it already finished unless it asks to `restart`.
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

    /// Whether the last page was committed (`finishedAt` is set).
    public var isFinished: Bool { finishedAt != nil }

    /// Whether no page is left to fetch.
    var isExhausted: Bool {
        switch via {
        case .oai: return setIndex >= sets.count
        case .api: return windows.isEmpty
        }
    }
}
