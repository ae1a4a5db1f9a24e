import Foundation
import Logging
import PaperKit

/// One daily run inside the server, as `arxiv-bot ingest` followed by `arxiv-bot summarize`
/// would do it: the configuration is read again each time (edits apply without a restart), the
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
            let config = workspace.configuration
            try config.requireCategories()
            let report = try workspace.makeIngestor()
                .ingest([FeedSource.dailyFeed(baseURL: config.feeds.rssURL, categories: config.categories)])
            for failure in report.failed { logger.error("scheduled ingest: \(failure.error?.message ?? "\(failure.source) failed")") }
            logger.info("scheduled ingest: \(report.summary)")
            if config.aiSummary.enabled { summarize(workspace, range: try report.summaryRange()) }
        } catch let error as any ArxivBotError {
            logger.error("scheduled ingest failed: \(error.message); retrying at the next scheduled time")
        } catch {
            logger.error("scheduled ingest failed: \(error); retrying at the next scheduled time")
        }
    }

    private func summarize(_ workspace: Workspace, range: DigestRange) {
        do {
            let plan = SummaryPlan(workspace: workspace)
            let summarizer = try plan.makeSummarizer(environment: environment)
            let report = try summarizer.summarize(try plan.papers(in: range))
            logger.info("scheduled summaries: \(report.summary)")
        } catch SummaryError.missingKey(let variable) {
            logger.notice("scheduled summaries skipped: \(variable) is not set")
        } catch let error as any ArxivBotError {
            logger.error("scheduled summaries failed: \(error.message)")
        } catch {
            logger.error("scheduled summaries failed: \(error)")
        }
    }
}
