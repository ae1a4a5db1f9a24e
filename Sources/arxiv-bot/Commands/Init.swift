import ArgumentParser
import PaperKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter config.json: every setting with its default, and categories and keywords to edit.",
        discussion: """
            Writes DIR/config.json (DIR is created when missing). An existing file is never replaced: \
            init then exits 73 and leaves it as it was; so does a folder or file that cannot be created.
            """
    )

    @Option(help: "The folder to write config.json into (created when missing).") var dir = "."

    func run() throws {
        let path = try Console.run { try StarterConfiguration.write(into: dir) }
        print("wrote \(path)")
        let config = path == "./\(StarterConfiguration.fileName)" ? "" : " --config \(path)"
        print("next: edit categories and keywords, then run 'arxiv-bot ingest\(config)' "
              + "(or 'arxiv-bot ingest\(config) --input FILE' offline)")
    }
}
