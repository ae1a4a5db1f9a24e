import Foundation

/// What one committed page did.
struct PageOutcome {
    var kept = 0
    /// Records outside the request's categories.
    var skipped = 0
    /// Records that could not be read.
    var badRecords = SkipLog()
    var papersNew = 0
    var papersUpdated = 0
    var pagesTotal: Int?
}

extension Backfiller {
    /// The window is over the API's limit: its records are rolled back and it is split instead.
    private struct WindowTooLarge: Error {}
    /// The API answered a page with no entries before its own total was reached (it does that now
    /// and then); the page is asked again rather than taken as the end of the window.
    private struct EmptyAPIPage: Error {}
    /// How many times an empty API page is asked for before the backfill stops, resumable.
    static let emptyPageAttempts = 3

    /// Fetches the page `state` points at and commits its records, ledger row and the next position
    /// together. On failure the ledger row records the error, nothing else changes, and it throws.
    func fetchPage(_ request: BackfillRequest, state: inout BackfillState) throws -> PageOutcome {
        let url = try nextURL(request, state)
        let source = url.absoluteString
        let runID = try store.beginRun(source: source)
        var run = RunRecord(status: .running)
        run.job = state.job
        run.format = request.via == .oai ? "oai" : "api"
        do {
            var next = state
            var outcome = PageOutcome()
            do {
                try fetchAndCommit(url, request: request, state: state, next: &next, outcome: &outcome, run: &run, runID: runID)
            } catch is WindowTooLarge {
                outcome = PageOutcome()
                let window = next.windows.removeFirst()
                next.windows.insert(contentsOf: window.halves(), at: 0)
                try store.transaction {
                    try commit(nil, outcome: &outcome, request: request, next: &next, run: &run, runID: runID)
                }
                state = next
                return outcome
            }
            state = next
            return outcome
        } catch {
            var failure = error as? any ArxivBotError ?? IngestError.unexpected(source: source, error: "\(error)")
            if case let FeedError.oaiError(_, code, _) = failure, code == "badResumptionToken", let token = state.nextToken {
                failure = BackfillError.expiredToken(job: state.job, token: token)
            }
            run.status = .failed
            run.error = failure.message
            try store.finishRun(runID, run)
            throw failure
        }
    }

    /// One page into the store, asked again while the API answers it empty before its total.
    private func fetchAndCommit(_ url: URL, request: BackfillRequest, state: BackfillState, next: inout BackfillState,
                                outcome: inout PageOutcome, run: inout RunRecord, runID: Int64) throws {
        let source = url.absoluteString
        for attempt in 1...Self.emptyPageAttempts {
            let response = try http.get(url)
            run.httpStatus = response.status
            if response.status >= 400 { throw Ingestor.explain(response, url: source) }
            let body = response.body
            do {
                try writePage(body, source: source, request: request, runID: runID) { info, page in
                    if request.via == .api, info.recordCount == 0, state.nextStart < info.totalResults ?? 0 { throw EmptyAPIPage() }
                    if request.via == .api && Self.mustSplit(info, state: state, request: request) { throw WindowTooLarge() }
                    try commit(info, outcome: &page, request: request, next: &next, run: &run, runID: runID)
                    outcome = page
                }
                return
            } catch is EmptyAPIPage where attempt < Self.emptyPageAttempts {
                continue
            } catch is EmptyAPIPage {
                throw BackfillError.emptyAPIPage(url: source, start: state.nextStart, attempts: attempt)
            }
        }
    }

    private func nextURL(_ request: BackfillRequest, _ state: BackfillState) throws -> URL {
        switch request.via {
        case .oai:
            if let token = state.nextToken { return try BackfillURL.oaiNext(base: endpoints.oai, token: token) }
            return try BackfillURL.oaiFirst(base: endpoints.oai, set: state.sets[state.setIndex], from: request.from,
                                            until: request.to, metadataPrefix: request.metadataPrefix)
        case .api:
            return try BackfillURL.api(base: endpoints.api, categories: request.categories, window: state.windows[0],
                                       start: state.nextStart, pageSize: request.pageSize)
        }
    }

    private static func mustSplit(_ info: FeedInfo, state: BackfillState, request: BackfillRequest) -> Bool {
        state.nextStart == 0 && (info.totalResults ?? 0) > request.resultLimit && state.windows[0].isSplittable
    }

    /// Writes the page's records that are in the request's categories in one transaction, which
    /// `finish` ends (and can still roll back by throwing). A bad record is skipped and counted in
    /// the ledger row.
    private func writePage(_ body: Data, source: String, request: BackfillRequest, runID: Int64,
                           finish: (FeedInfo, inout PageOutcome) throws -> Void) throws {
        let stream = ScoredStream(scorer: scorer, keep: { request.keeps($0) })
        let importer = SourceImport(session: try store.beginWriting(runID: runID), policy: .whole)
        do {
            _ = try importer.run(stream, parse: { control, emit in
                try FeedParser.parse(data: body, source: source, control: control, emit)
            }) { info, progress in
                let counts = progress.counts
                var page = PageOutcome(kept: counts.written, skipped: info.recordCount - counts.written,
                                       badRecords: progress.skips, papersNew: counts.papersNew, papersUpdated: counts.papersUpdated)
                try finish(info, &page)
            }
        } catch let failure as ImportFailure {
            throw failure.error
        }
    }

    /// Moves `next` past the page (nil info: a split, nothing to move) and saves it with the ledger row.
    private func commit(_ info: FeedInfo?, outcome: inout PageOutcome, request: BackfillRequest,
                        next: inout BackfillState, run: inout RunRecord, runID: Int64) throws {
        if let info { advance(&next, past: info, request: request, outcome: &outcome) }
        let now = Timestamp.now()
        next.pagesDone += 1
        next.recordsDone += outcome.kept
        next.updatedAt = now
        if next.isExhausted { next.finishedAt = now }
        try store.saveBackfillState(next)
        run.status = .ok
        run.recordsSeen = outcome.kept
        run.papersNew = outcome.papersNew
        run.papersUpdated = outcome.papersUpdated
        run.recordsSkipped = outcome.badRecords.count
        run.skipReasons = outcome.badRecords.reasons
        run.feedDate = info?.buildDate
        try store.finishRun(runID, run)
    }

    private func advance(_ next: inout BackfillState, past info: FeedInfo, request: BackfillRequest, outcome: inout PageOutcome) {
        switch request.via {
        case .oai:
            if let token = info.resumptionToken, !token.isEmpty {
                next.nextToken = token
            } else {
                next.setIndex += 1
                next.nextToken = nil
            }
            if next.sets.count == 1, let size = info.completeListSize, info.recordCount > 0 {
                outcome.pagesTotal = max(next.pagesDone + 1, (size + info.recordCount - 1) / info.recordCount)
            }
        case .api:
            let total = info.totalResults ?? 0
            let reached = next.nextStart + info.recordCount
            if info.recordCount == 0 || reached >= total {
                next.windows.removeFirst()
                next.nextStart = 0
            } else {
                next.nextStart = reached
            }
            if next.windows.count <= 1 {
                let left = next.windows.isEmpty ? 0 : (total - next.nextStart + request.pageSize - 1) / request.pageSize
                outcome.pagesTotal = next.pagesDone + 1 + left
            }
        }
    }
}
