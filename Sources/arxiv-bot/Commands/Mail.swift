import ArgumentParser
import Foundation
import PaperKit

struct MailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail",
        abstract: "Send the digest of a date range by e-mail, or write the message (--dry-run).",
        discussion: """
            Default range: the last days_back days; the selection is report's. The message has a plain text \
            part (report --template digest) and an HTML part (report --format html --template digest). \
            Needs the mail block of the configuration (see docs/mail.md); the password is read from the \
            variable that mail.password_env names.

            Exit codes: 69 the server could not be reached or refused the message, 78 bad or missing mail \
            configuration, a missing password, or a password that would travel without TLS.
            """
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var dates: RangeOptions
    @Option(help: "Announce types to include, e.g. new,cross (default: new).") var types: [String] = []
    @Option(name: .customLong("min-score"), help: "Minimum score (default: min_score).") var minScore: Double?
    @Option(help: "At most this many papers (default: max_papers).") var limit: Int?
    @Option(name: .customLong("category"), help: "Only these categories (repeatable; default: categories).") var categories: [String] = []
    @Option(help: "Only this watch's papers (repeatable), in place of the keyword selection.") var watch: [String] = []
    @Flag(name: .customLong("no-watches"), help: "Leave out the section per configured watch.") var noWatches = false
    @Flag(name: .customLong("dry-run"), help: "Write the message instead of sending it.") var dryRun = false
    @Option(name: .shortAndLong, help: "With --dry-run: write the message to this file instead of standard output.") var output: String?

    func validate() throws {
        if output != nil && !dryRun { throw ValidationError("--output applies to --dry-run only; add --dry-run") }
        _ = try Console.run { try dates.range(defaultDays: 1) }
        var selection = DigestSelection()
        try Console.run { try selection.override(types: types, minScore: minScore, limit: limit, categories: categories) }
    }

    func run() throws {
        let workspace = try common.openExistingWorkspace { _ = try $0.requireMail() }
        var mailer = DigestMailer(workspace: workspace)
        if noWatches { mailer.watches = [] }
        if !watch.isEmpty {
            mailer.watches = try Console.run { try watch.map { try workspace.configuration.watches.named($0) } }
            mailer.onlyWatches = true
        }
        let range = try Console.run { try dates.range(defaultDays: workspace.configuration.daysBack) }
        var selection = DigestSelection(configuration: workspace.configuration)
        try Console.run { try selection.override(types: types, minScore: minScore, limit: limit, categories: categories) }
        guard dryRun else {
            print(try Console.run { try mailer.send(range: range, selection: selection) }.summary)
            return
        }
        let (message, digest) = try Console.run {
            let (message, digest) = try mailer.message(range: range, selection: selection)
            let sink = try output.map(OutputFile.init(path:)) ?? OutputFile()
            try sink.write(message.rendered())
            try sink.commit()
            return (message, digest)
        }
        let mailed = MailReport(range: digest.range.label, recipients: message.to.count, papers: digest.entries.count,
                                watches: digest.watchSections.count)
        if let output { Console.note(mailed.summary(verb: "wrote") + " to \(output), not sent") }
    }
}
