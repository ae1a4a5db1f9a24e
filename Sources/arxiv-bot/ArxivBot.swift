import ArgumentParser
import PaperKit

@main
struct ArxivBot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arxiv-bot",
        abstract: "A local-first arXiv paper knowledge store.",
        discussion: "Every subcommand reads ./config.json unless --config says otherwise.",
        version: "0.1.0",
        subcommands: [Ingest.self, Query.self, Report.self, Export.self, Summarize.self, Status.self, Rescore.self, Serve.self]
    )
}
