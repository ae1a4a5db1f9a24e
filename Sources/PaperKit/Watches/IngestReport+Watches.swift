extension IngestReport {
    /// `watches: spec-decoding 3, tao-xie 1, moe-systems 0`: each watch's papers dated on the day
    /// just read (`summaryRange`), for the daily run's summary line; nil without watches.
    public func watchesLine(_ watches: [Watch], in store: PaperStore) throws -> String? {
        guard !watches.isEmpty else { return nil }
        let day = try summaryRange().to
        return try store.watchCounts(watches, on: day).summaryLine
    }
}
