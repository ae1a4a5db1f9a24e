import ArgumentParser
import PaperKit

extension Ingest {
    /// `--summarize`: after the ingest, summarize the top of the ingested days' selection, as the
    /// old bot did every morning. Returns the exit code of the summaries.
    func summarize(_ workspace: Workspace, range: DigestRange) throws -> ExitStatus {
        let report = try Console.run {
            let plan = SummaryPlan(workspace: workspace)
            let summarizer = try plan.makeSummarizer()
            summarizer.onEvent = SummaryConsole.show
            return try summarizer.summarize(try plan.papers(in: range))
        }
        if !quiet { print(report.summary) }
        return report.failed.isEmpty ? .success : SummaryError.someFailed(count: report.failed.count).exitCode
    }
}
