import Foundation
import Logging
import PaperKit

/// One daily run inside the server, as `arxiv-bot ingest --mail` followed by `arxiv-bot summarize`
/// would do it (the mail only when a `mail` block is configured): the configuration is read again each time (edits apply without a restart), the
/// store is opened read-write for the run only, and every source lands in the ingest ledger.
/// Nothing here throws: a failure is logged, and the next run is tomorrow's.
struct DailyIngestJob: Sendable {
    let configPath: String
    let databasePath: String
    let logger: Logger
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// Runs on a thread of its own (the ingest blocks for network and rate-limit waits) and
    /// returns when it is done.
    func run() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                runBlocking()
                done.resume()
            }
        }
    }

    func runBlocking() {
        logger.info("scheduled ingest: starting")
        do {
            let workspace = try Workspace(configPath: configPath, databasePath: databasePath)
            var daily = DailyRun(workspace: workspace, summarize: workspace.configuration.aiSummary.enabled)
            daily.environment = environment
            daily.mail = workspace.configuration.mail != nil
            let outcome = try daily.run()
            let report = outcome.ingest
            for failure in report.failed { logger.error("scheduled ingest: \(failure.error?.message ?? "\(failure.source) failed")") }
            let watches = try report.watchesLine(workspace.configuration.watches, in: workspace.store)
            logger.info("scheduled ingest: \(report.summary)\(watches.map { "; " + $0 } ?? "")")
            if let summaries = outcome.summaries { log(summaries) }
            switch outcome.mail {
            case .success(let mailed): logger.info("scheduled mail: \(mailed.summary)")
            case .failure(let error as any ArxivBotError): logger.error("scheduled mail failed: \(error.message)")
            case .failure(let error): logger.error("scheduled mail failed: \(error)")
            case nil: if daily.mail { logger.notice("scheduled mail skipped: a source failed, so the day is incomplete") }
            }
        } catch let error as any ArxivBotError {
            logger.error("scheduled ingest failed: \(error.message); retrying at the next scheduled time")
        } catch {
            logger.error("scheduled ingest failed: \(error); retrying at the next scheduled time")
        }
    }

    private func log(_ summaries: Result<SummarizeReport, any Error>) {
        switch summaries {
        case .success(let report):
            logger.info("scheduled summaries: \(report.summary)")
        case .failure(SummaryError.missingKey(let variable)):
            logger.notice("scheduled summaries skipped: \(variable) is not set")
        case .failure(let error as any ArxivBotError):
            logger.error("scheduled summaries failed: \(error.message)")
        case .failure(let error):
            logger.error("scheduled summaries failed: \(error)")
        }
    }
}
