import ArgumentParser
import Foundation
import PaperKit

@main
struct ArxivBot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arxiv-bot",
        abstract: "A local-first arXiv paper knowledge store.",
        discussion: "Start with 'arxiv-bot init', which writes a starter ./config.json; every other subcommand reads ./config.json unless --config says otherwise.",
        version: ArxivBotVersion.current,
        subcommands: [Init.self, Ingest.self, Query.self, Similar.self, Recommend.self, Report.self, Export.self, Summarize.self,
                      Status.self, Rescore.self, Tag.self, Serve.self, WatchCommand.self, MailCommand.self,
                      TrendCommand.self]
    )

    /// ArgumentParser's own entry point, except that a usage error is one line on stderr, like
    /// every other error of the tool, instead of the error followed by the whole usage text.
    static func main() async {
        do {
            var command = try parseAsRoot()
            try checkSearchEngine()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            // --help and --version print as usual; an ExitCode (from Console.run, which has
            // written its line already) has no message.
            guard code != .success, !message(for: error).isEmpty else { exit(withError: error) }
            Console.error(usageLine(for: error))
            Foundation.exit(code.rawValue)
        }
    }

    /// `ARXIV_BOT_FTS` is read before any command runs: an unknown value is refused (78) before
    /// a store is opened or created, and a fallback to FTS5's own functions is said once.
    private static func checkSearchEngine() throws {
        switch FullTextEngine.current {
        case let .success(choice): if let warning = choice.warning { Console.warn(warning) }
        case let .failure(error):
            Console.error(error.errorDescription ?? "\(error)")
            throw ExitCode(error.exitCode.rawValue)
        }
    }

    /// `--limit must be at least 1; see 'arxiv-bot query --help'`.
    static func usageLine(for error: Error) -> String {
        let lines = message(for: error).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var line = lines.filter { !$0.isEmpty }.joined(separator: "; ")
        if line.hasPrefix("Error: ") { line.removeFirst("Error: ".count) }
        let help = fullMessage(for: error).split(separator: "\n").last { $0.contains("--help") }
        if let help, let start = help.firstIndex(of: "'"), let end = help.lastIndex(of: "'"), start < end {
            line += "; see \(help[start...end])"
        }
        return line
    }
}
