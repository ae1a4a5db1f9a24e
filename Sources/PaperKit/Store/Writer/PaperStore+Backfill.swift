extension PaperStore {
    /// The saved progress of `job`, if any.
    public func backfillState(job: String) throws -> BackfillState? {
        try statement("""
            SELECT via, from_day, to_day, categories, sets, set_index, next_token, windows, next_start,
                   pages_done, records_done, started_at, updated_at, finished_at
            FROM backfill_state WHERE job = ?
            """).first([.text(job)]) { row -> BackfillState? in
            guard let via = BackfillRequest.Via(rawValue: row.text(0)), let from = Day(iso: row.text(1)),
                  let to = Day(iso: row.text(2)) else { return nil }
            let categories = row.text(3).split(separator: " ").map(String.init)
            var state = BackfillState(request: BackfillRequest(via: via, from: from, to: to, categories: categories),
                                      now: row.text(11))
            state.job = job
            state.sets = row.text(4).split(separator: " ").map(String.init)
            state.setIndex = row.int(5)
            state.nextToken = row.optionalText(6)
            state.windows = row.text(7).split(separator: " ").compactMap(APIWindow.init)
            state.nextStart = row.int(8)
            state.pagesDone = row.int(9)
            state.recordsDone = row.int(10)
            state.updatedAt = row.text(12)
            state.finishedAt = row.optionalText(13)
            return state
        } ?? nil
    }

    /// Writes a job's progress (insert or replace); call inside the page's transaction.
    public func saveBackfillState(_ s: BackfillState) throws {
        try statement("""
            INSERT OR REPLACE INTO backfill_state (job, via, from_day, to_day, categories, sets, set_index, next_token,
                windows, next_start, pages_done, records_done, started_at, updated_at, finished_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).run([.text(s.job), .text(s.via.rawValue), .text(s.from.description), .text(s.to.description),
                      .text(s.categories.joined(separator: " ")), .text(s.sets.joined(separator: " ")),
                      .int(Int64(s.setIndex)), .optional(s.nextToken),
                      .text(s.windows.map(\.description).joined(separator: " ")), .int(Int64(s.nextStart)),
                      .int(Int64(s.pagesDone)), .int(Int64(s.recordsDone)), .text(s.startedAt), .text(s.updatedAt),
                      .optional(s.finishedAt)])
    }

    /// Forgets a job's progress (for `--restart`); the papers it stored stay.
    public func deleteBackfillState(job: String) throws {
        try statement("DELETE FROM backfill_state WHERE job = ?").run([.text(job)])
    }

    /// Finished jobs overlapping `from...to`: which days and categories a completed backfill covered.
    public func finishedBackfills(overlapping from: Day, _ to: Day) throws -> [(from: Day, to: Day, categories: [String])] {
        var jobs: [(Day, Day, [String])] = []
        try statement("""
            SELECT from_day, to_day, categories FROM backfill_state
            WHERE finished_at IS NOT NULL AND from_day <= ? AND to_day >= ?
            """).forEach([.text(to.description), .text(from.description)]) { row in
            guard let a = Day(iso: row.text(0)), let b = Day(iso: row.text(1)) else { return }
            jobs.append((a, b, row.text(2).split(separator: " ").map(String.init)))
        }
        return jobs
    }
}
