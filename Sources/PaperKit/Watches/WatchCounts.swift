/// How many papers each watch selects on a day and in the week up to it: what `watch list`
/// shows and what the daily run reports after an ingest.
public struct WatchCount: Sendable, Equatable {
    public var watch: Watch
    /// Papers dated on the day itself.
    public var day: Int
    /// Papers dated in the 7 days ending on the day.
    public var week: Int
}

extension PaperStore {
    /// Each watch's counts for `day` and the 7 days ending on it, in the watches' order.
    public func watchCounts(_ watches: [Watch], on day: Day) throws -> [WatchCount] {
        let week = try DigestRange.last(7, endingOn: day)
        return try watches.map { watch in
            WatchCount(watch: watch, day: try count(watch.request(within: PaperFilter(dated: try DigestRange(from: day, to: day)))),
                       week: try count(watch.request(within: PaperFilter(dated: week))))
        }
    }

    /// The papers `watch` selects in `range`, best score first (then newest), as a digest section lists them.
    public func watchPapers(_ watch: Watch, in range: DigestRange, limit: Int) throws -> [PaperResult] {
        try search(watch.request(within: PaperFilter(dated: range), sort: .score, limit: limit))
    }
}

extension Array where Element == WatchCount {
    /// `spec-decoding 3, tao-xie 1`: the line the daily run prints after an ingest.
    public var summaryLine: String {
        "watches: " + map { "\($0.watch.name) \($0.day)" }.joined(separator: ", ")
    }
}
