import Foundation
import PaperKit

/// Shows an ingest as it runs: a progress line on a terminal, one line per source with --verbose.
struct IngestConsole {
    var verbose: Bool

    func show(_ event: Ingestor.Event) {
        switch event {
        case let .started(source):
            Console.progress("\(source): fetching")
        case let .progress(source, records):
            Console.progress("\(source): \(records) records")
        case let .finished(report):
            Console.clearProgress()
            guard verbose else { return }
            let run = report.run
            let took = String(format: "%.2f s", report.seconds)
            switch run.status {
            case .notModified:
                Console.note("\(report.source): not modified since the last fetch [\(took)]")
            case .failed:
                Console.note("\(report.source): failed [\(took)]")
            default:
                Console.note("\(report.source): \(run.recordsSeen) records (\(run.papersNew) new, \(run.papersUpdated) updated), "
                             + "\(run.announcementsNew) announcements [\(run.format ?? "?"), \(took)]")
            }
        }
    }
}
