import ArgumentParser
import Foundation
import PaperKit

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the store's size and counts, the last run, and which recent days were ingested or are missing.",
        discussion: """
            Days are arXiv feed dates (US Eastern). A day is ingested for a category when the store has an \
            announcement of a paper in it that day, a daily feed covering it was read that day, or a finished \
            backfill covered it; weekends and arXiv holidays are empty by schedule; anything else is missing, \
            and the command that backfills it is printed.

            Exit 0 even with gaps, unless --check (then 1).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var common: CommonOptions
    @Option(help: "How many days back the calendar goes.") var days = 30
    @Option(help: "text or json.") var format: Format = .text
    @Flag(help: "Exit 1 when a day is missing.") var check = false

    func validate() throws {
        guard (1...3660).contains(days) else { throw ValidationError("--days must be between 1 and 3660") }
    }

    func run() throws {
        let workspace = try common.openExistingWorkspace()
        var extra: [String] = []
        if common.config != "config.json" { extra += ["--config", common.config] }
        if let db = common.db { extra += ["--db", db] }
        let report = try Console.run {
            try StatusReport.make(store: workspace.store, databasePath: workspace.databasePath,
                                  categories: workspace.configuration.categories, days: days, extraArguments: extra)
        }
        print(format == .json ? try report.json() : StatusPrinter.text(report))
        if check && report.hasGaps { throw ExitCode(ExitStatus.failure.rawValue) }
    }
}
