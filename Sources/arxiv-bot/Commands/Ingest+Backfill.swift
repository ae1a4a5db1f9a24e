import ArgumentParser
import PaperKit

extension BackfillRequest.Via: ExpressibleByArgument {}

extension Ingest {
    /// `--from` given: backfill the range from OAI-PMH or the API instead of today's feed.
    func runBackfill(_ workspace: Workspace) throws {
        let request = try backfillRequest(categories: workspace.configuration.categories)
        let console = BackfillConsole(request: request)
        // Ctrl-C stops the run before its next request, also in the middle of a wait.
        let http = workspace.makeHTTPClient(onRetry: console.retrying, isCancelled: { Interrupt.isRequested })
        http.rateLimiter?.waitObserver = console.waiting
        let backfiller = workspace.makeBackfiller(http: http)
        backfiller.onEvent = console.show
        Interrupt.install()
        backfiller.isCancelled = { Interrupt.isRequested }
        console.start()
        let report = try Console.run { try backfiller.run(request) }
        console.finish()
        if let error = report.error { Console.error(error.message) }
        if !quiet || report.outcome != .finished { print(report.summary) }
        let range = Result<DigestRange, any Error> { try DigestRange(from: request.from, to: request.to) }
        let summaries = summarize && report.exitCode == .success
            ? try summaryStatus(DailyRun.summaries(workspace, range: range, onEvent: SummaryConsole.show)) : .success
        try Console.exit(report.exitCode != .success ? report.exitCode : summaries)
    }

    func backfillRequest(categories: [String]) throws -> BackfillRequest {
        guard let start = try Day.option(from, named: "--from") else { throw ValidationError("--from is required for a backfill") }
        let end = try Day.option(to, named: "--to") ?? ArxivSchedule.feedDay()
        guard start <= end else { throw ValidationError("--from \(start) is after --to \(end); swap them") }
        var request = BackfillRequest(via: via ?? .oai, from: start, to: end, categories: categories, restart: restart)
        request.versions = versions
        return request
    }
}
