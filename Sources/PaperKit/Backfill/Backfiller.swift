import Foundation

/// Backfills a range of days page by page, through OAI-PMH (following resumptionTokens set by set)
/// or the API (date windows, split in halves above the API's result limit).
///
/// Each page is one transaction: its papers, its ledger row and the job's next position in
/// `backfill_state` commit together, so an interruption (Ctrl-C, kill, network loss) loses at
/// most the page in flight and the same request resumes after the last committed page.
/// Requests go through the given `HTTPClient`, whose shared rate limiter keeps them apart.
public final class Backfiller {
    /// Something worth showing while a backfill goes on.
    public enum Event: Sendable {
        /// Saved progress was found and the job continues from it.
        case resumed(BackfillState)
        /// A page was committed.
        case page(BackfillProgress)
    }

    /// Where the two interfaces live (`feeds.oai_url`, `feeds.api_url`).
    public struct Endpoints: Sendable, Equatable {
        public var oai: String
        public var api: String
        public init(oai: String, api: String) { (self.oai, self.api) = (oai, api) }
    }

    let store: PaperStore
    let scorer: Scorer
    let http: HTTPClient
    let endpoints: Endpoints
    /// Called on the calling thread.
    public var onEvent: ((Event) -> Void)?
    /// Asked before every page; true stops the run cleanly (the CLI sets it from SIGINT).
    public var isCancelled: () -> Bool = { false }

    public init(store: PaperStore, scorer: Scorer, http: HTTPClient, endpoints: Endpoints) {
        self.store = store
        self.scorer = scorer
        self.http = http
        self.endpoints = endpoints
    }

    /// Runs (or resumes) the job of `request` until it finishes, is cancelled or a page fails,
    /// then brings the search bounds up to date for what the pages wrote.
    /// A failing page is reported, not thrown; only a store that cannot record progress throws.
    public func run(_ request: BackfillRequest) throws -> BackfillReport {
        var report = try fetchPages(request)
        if report.pages > 0 { report.searchBounds = try store.refreshSearchBounds() }
        return report
    }

    private func fetchPages(_ request: BackfillRequest) throws -> BackfillReport {
        guard request.from <= request.to else { throw BackfillError.emptyRange(from: request.from, to: request.to) }
        if request.restart { try store.deleteBackfillState(job: request.jobKey) }
        let saved = try store.backfillState(job: request.jobKey)
        var report = BackfillReport(request: request, state: saved ?? BackfillState(request: request, now: Timestamp.now()))
        if report.state.isFinished {
            report.outcome = .alreadyFinished
            return report
        }
        if let saved, saved.pagesDone > 0 {
            report.resumed = true
            onEvent?(.resumed(saved))
        }
        let started = Date()
        while !report.state.isExhausted {
            if isCancelled() {
                report.outcome = .interrupted
                return report
            }
            do {
                let page = try fetchPage(request, state: &report.state)
                report.pages += 1
                report.records += page.kept
                report.skipped += page.skipped
                report.papersNew += page.papersNew
                report.papersUpdated += page.papersUpdated
                onEvent?(.page(BackfillProgress(
                    via: request.via, scope: request.scopeDescription, page: report.state.pagesDone,
                    pagesTotal: page.pagesTotal, records: report.state.recordsDone,
                    elapsed: Date().timeIntervalSince(started))))
            } catch HTTPError.cancelled {
                // Stopped while the page waited for its turn or a retry: nothing of it was written.
                report.outcome = .interrupted
                return report
            } catch let failure as any ArxivBotError {
                report.outcome = .failed
                report.error = failure
                return report
            }
        }
        report.outcome = .finished
        return report
    }
}
