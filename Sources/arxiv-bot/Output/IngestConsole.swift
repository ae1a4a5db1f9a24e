import Foundation
import PaperKit

/// Shows an ingest as it runs: a progress line on a terminal, notes about resumed files and
/// undated records, and one line per source with --verbose.
final class IngestConsole {
    private let verbose: Bool
    private let quiet: Bool
    private var started = Date()

    init(verbose: Bool, quiet: Bool) {
        self.verbose = verbose && !quiet
        self.quiet = quiet
    }

    func show(_ event: Ingestor.Event) {
        switch event {
        case let .started(source):
            started = Date()
            Console.progress("\(source): reading")
        case let .progress(source, records, estimate):
            let total = estimate.map { " / ~\($0)" } ?? ""
            Console.progress("importing \(source)  \(records)\(total) records  [\(elapsed())]")
        case let .resuming(source, point):
            if !quiet { Console.note("resuming \(source) after record \(point.position.records) (committed \(Console.minute(point.committedAt)))") }
        case let .startingOver(source, reason):
            if !quiet { Console.note("\(source): \(reason); reading it from the start instead of resuming") }
        case let .note(source, text):
            Console.clearProgress()
            if !quiet { Console.warn("\(source): \(text)") }
        case let .finished(report):
            Console.clearProgress()
            finished(report)
        }
    }

    private func finished(_ report: SourceReport) {
        for warning in report.skips.warnings { Console.warn(warning) }
        guard verbose else { return }
        let run = report.run
        let took = String(format: "%.2f s", report.seconds)
        switch run.status {
        case .notModified:
            Console.note("\(report.source): not modified since the last fetch [\(took)]")
        case .failed:
            Console.note("\(report.source): failed [\(took)]")
        default:
            let skipped = run.recordsSkipped > 0 ? ", \(run.recordsSkipped) skipped" : ""
            Console.note("\(report.source): \(run.recordsSeen) records (\(run.papersNew) new, \(run.papersUpdated) updated\(skipped)), "
                         + "\(run.announcementsNew) announcements [\(run.format ?? "?"), \(took)]")
        }
    }

    /// `02:31`, or `1:02:31` past an hour.
    private func elapsed() -> String {
        let seconds = Int(Date().timeIntervalSince(started))
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%02d:%02d", m, s)
    }
}
