import ArgumentParser
import PaperKit

@main
struct ArxivBot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arxiv-bot",
        abstract: "A local-first arXiv paper knowledge store."
    )
}
