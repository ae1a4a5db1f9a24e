import ArgumentParser
import Foundation
import PaperKit

/// `watch list` and `watch show`: the saved searches of `config.json`'s `watches`.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "List the watches (saved searches) of config.json, or show one as the query it runs.",
        discussion: "Watches are configured in config.json under \"watches\"; see docs/watches.md.",
        subcommands: [List.self, Show.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each watch with its paper count today and in the last 7 days.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var common: CommonOptions
        @Option(help: "The day counted as today (YYYY-MM-DD; default: today's feed day).") var date: String?
        @Option(help: "text or json.") var format: Format = .text

        func run() throws {
            let workspace = try common.openExistingWorkspace()
            let watches = workspace.configuration.watches
            guard !watches.isEmpty else {
                Console.note("config.json has no watches; add a \"watches\" object (see docs/watches.md)")
                return
            }
            let day = try Day.option(date, named: "--date") ?? ArxivSchedule.feedDay()
            let counts = try Console.run { try workspace.store.watchCounts(watches, on: day) }
            print(format == .json ? try WatchPrinter.json(counts, day: day) : WatchPrinter.table(counts, day: day), terminator: "")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A watch's fields and the query command that selects the same papers.")

        @OptionGroup var common: CommonOptions
        @Argument(help: "The watch's name.") var name: String

        func run() throws {
            let configuration = try Console.run { try Configuration.load(from: common.config) }
            configuration.warnings.forEach { Console.warn($0) }
            let watch = try Console.run { try configuration.watches.named(name) }
            print(WatchPrinter.details(watch), terminator: "")
        }
    }
}
