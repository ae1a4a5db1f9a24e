import ArgumentParser
import PaperKit

extension Ingest {
    /// `--summarize`: prints the summaries' report (run by `DailyRun` after the ingest, over the
    /// top of the ingested days' selection, as the old bot did every morning) and returns their
    /// exit code; a summarizer that could not start is one error line and its code.
    func summaryStatus(_ summaries: Result<SummarizeReport, any Error>) throws -> ExitStatus {
        let report = try Console.run { try summaries.get() }
        if !quiet { print(report.summary) }
        return report.failed.isEmpty ? .success : SummaryError.someFailed(count: report.failed.count).exitCode
    }
}
