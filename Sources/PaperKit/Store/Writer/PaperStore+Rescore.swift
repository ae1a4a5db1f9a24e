/// What a rescore changed.
public struct RescoreSummary: Equatable, Sendable {
    public var papers = 0
    public var scoreChanged = 0
    public var exclusionChanged = 0
    /// The rescore continued one that was interrupted after this many papers (0: it started anew).
    public var resumedAfter = 0
}

extension PaperStore {
    /// Recomputes every paper's keyword hits, score and exclusion with `score`, `batchSize` papers
    /// per transaction in row order, each commit with how far it got (`rescore_state`).
    ///
    /// One transaction was 32 s at 2.7 million papers, but a changed keyword list rewrites most of
    /// the papers table, so the WAL grew by gigabytes and a crash threw it all away. In batches the
    /// WAL stays one batch long, and an interrupted rescore continues where it stopped when it runs
    /// again with the same `keywords` (any other fingerprint starts over). Until it finishes, the
    /// papers after the point keep their old scores. Papers are streamed, so memory stays flat.
    public func rescore(keywords: String, batchSize: Int = 50_000,
                        _ score: (_ title: String, _ abstract: String) throws -> ScoreResult) throws -> RescoreSummary {
        var summary = RescoreSummary()
        var lastPaper: Int64 = 0
        var startedAt = Timestamp.now()
        if let state = try rescoreState(), state.keywords == keywords {
            (summary, lastPaper, startedAt) = (state.summary, state.lastPaper, state.startedAt)
            summary.resumedAfter = state.summary.papers
        }
        let papers = try database.prepare("SELECT id, title, abstract, score, excluded, hit_list FROM papers WHERE id > ? ORDER BY id LIMIT ?")
        let batchEnd = try database.prepare("SELECT max(id) FROM (SELECT id FROM papers WHERE id > ? ORDER BY id LIMIT ?)")
        let update = try statement("UPDATE papers SET score = ?, excluded = ?, hit_list = ? WHERE id = ?")
        while true {
            let done = try transaction { () -> Bool in
                var rows = 0
                let last = try batchEnd.first([.int(lastPaper), .int(Int64(batchSize))]) { $0.optionalInt(0) } ?? nil
                if let last {
                    try statement("DELETE FROM keyword_hits WHERE paper_id > ? AND paper_id <= ?").run([.int(lastPaper), .int(Int64(last))])
                }
                try papers.forEach([.int(lastPaper), .int(Int64(batchSize))]) { row in
                    let id = Int64(row.int(0))
                    let result = try score(row.text(1), row.text(2))
                    try writeHits(result.hits, paper: id)
                    let wasExcluded = row.int(4) != 0
                    let hitList = DisplayColumns.hitList(result.hits)
                    if result.score != row.double(3) || result.excluded != wasExcluded || hitList != row.optionalText(5) {
                        try update.run([.double(result.score), .int(result.excluded ? 1 : 0), .optional(hitList), .int(id)])
                    }
                    summary.papers += 1
                    if result.score != row.double(3) { summary.scoreChanged += 1 }
                    if result.excluded != wasExcluded { summary.exclusionChanged += 1 }
                    (lastPaper, rows) = (id, rows + 1)
                }
                if rows < batchSize {
                    try statement("DELETE FROM rescore_state").run()
                    return true
                }
                try saveRescoreState(keywords: keywords, lastPaper: lastPaper, summary: summary, startedAt: startedAt)
                return false
            }
            if done { return summary }
            try database.checkpoint()
        }
    }

    /// An unfinished rescore: its keyword fingerprint, the last paper done and the counts so far.
    public func rescoreState() throws -> (keywords: String, lastPaper: Int64, summary: RescoreSummary, startedAt: String)? {
        try statement("SELECT keywords, last_paper, papers, score_changed, exclusion_changed, started_at FROM rescore_state")
            .first { row in
                (row.text(0), Int64(row.int(1)),
                 RescoreSummary(papers: row.int(2), scoreChanged: row.int(3), exclusionChanged: row.int(4)), row.text(5))
            }
    }

    private func saveRescoreState(keywords: String, lastPaper: Int64, summary: RescoreSummary, startedAt: String) throws {
        try statement("""
            INSERT OR REPLACE INTO rescore_state (id, keywords, last_paper, papers, score_changed, exclusion_changed,
                                                  started_at, committed_at)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?)
            """).run([.text(keywords), .int(lastPaper), .int(Int64(summary.papers)), .int(Int64(summary.scoreChanged)),
                      .int(Int64(summary.exclusionChanged)), .text(startedAt), .text(Timestamp.now())])
    }
}
