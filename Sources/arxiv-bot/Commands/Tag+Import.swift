import ArgumentParser
import PaperKit

extension Tag {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tag the papers of a reference library: BibTeX, BibLaTeX, RIS, Zotero or CSL JSON, or a list of IDs.",
            discussion: """
                The format is read from the content. Entries without an arXiv ID are matched by exact title \
                against the store. Nothing is written when the file cannot be read (exit 65, with file:line).
                """
        )
        @OptionGroup var common: CommonOptions
        @OptionGroup var fetch: FetchOptions
        @Argument(help: "The tag.") var tag: String
        @Argument(help: "The library file.") var file: String

        func run() throws {
            let workspace = try common.openExistingWorkspace()
            let report = try Console.run { try fetch.actions(workspace).importFile(file, tag: tag) }
            if let first = report.skipped.first { Console.warn("\(file):\(first.line): skipped: \(first.reason)") }
            print(report.summary)
        }
    }
}
