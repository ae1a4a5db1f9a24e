/// What a rescore changed.
public struct RescoreSummary: Equatable, Sendable {
    public var papers = 0
    public var scoreChanged = 0
    public var exclusionChanged = 0
}

extension PaperStore {
    /// Recomputes every paper's keyword hits, score and exclusion with `score`, in one transaction.
    ///
    /// Papers are streamed from the store, so memory stays flat however large the history is.
    public func rescore(_ score: (_ title: String, _ abstract: String) -> ScoreResult) throws -> RescoreSummary {
        try transaction {
            var summary = RescoreSummary()
            try statement("DELETE FROM keyword_hits").run()
            let update = try statement("UPDATE papers SET score = ?, excluded = ?, hit_list = ? WHERE id = ?")
            let papers = try database.prepare("SELECT id, title, abstract, score, excluded, hit_list FROM papers")
            try papers.forEach { row in
                let id = Int64(row.int(0))
                let result = score(row.text(1), row.text(2))
                try writeHits(result.hits, paper: id)
                let wasExcluded = row.int(4) != 0
                let hitList = DisplayColumns.hitList(result.hits)
                if result.score != row.double(3) || result.excluded != wasExcluded || hitList != row.optionalText(5) {
                    try update.run([.double(result.score), .int(result.excluded ? 1 : 0), .optional(hitList), .int(id)])
                }
                summary.papers += 1
                if result.score != row.double(3) { summary.scoreChanged += 1 }
                if result.excluded != wasExcluded { summary.exclusionChanged += 1 }
            }
            return summary
        }
    }
}
