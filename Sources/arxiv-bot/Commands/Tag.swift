import ArgumentParser
import PaperKit

/// `tag`: the user's library, named lists of papers kept by versionless arXiv ID.
struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Keep named lists of papers (your library): add, remove, list, rename, delete, import.",
        discussion: """
            Tags are kept by versionless arXiv ID, so they survive re-ingest, rescore and new versions. \
            IDs may carry a version (2601.02569v2), be old-style (hep-th/9901001) or be arXiv URLs.
            """,
        subcommands: [Add.self, Remove.self, List.self, Rename.self, Delete.self, Import.self]
    )

    /// `--offline`: report papers the store lacks instead of fetching them from the arXiv API.
    struct FetchOptions: ParsableArguments {
        @Flag(help: "Do not fetch papers the store lacks from the arXiv API; report them (exit 66).")
        var offline = false

        func actions(_ workspace: Workspace) -> TagActions {
            let fetcher = offline ? nil : PaperFetcher(apiURL: workspace.configuration.feeds.apiURL, ingestor: workspace.makeIngestor())
            return TagActions(store: workspace.store, fetcher: fetcher)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Tag papers by arXiv ID or URL.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var fetch: FetchOptions
        @Option(help: "A note kept with each newly tagged paper.") var note: String?
        @Argument(help: "The tag.") var tag: String
        @Argument(help: "arXiv IDs or URLs.") var ids: [String]

        func validate() throws { if ids.isEmpty { throw ValidationError("give at least one arXiv ID") } }

        func run() throws {
            let workspace = try common.openExistingWorkspace()
            let report = try Console.run { try fetch.actions(workspace).add(tag, arguments: ids, note: note) }
            let fetched = report.fetched > 0 ? ", \(report.fetched) fetched from the arXiv API" : ""
            print("tagged \(report.requested) \(report.requested == 1 ? "paper" : "papers") as \(tag) (\(report.newlyTagged) new\(fetched))")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Untag papers.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The tag.") var tag: String
        @Argument(help: "arXiv IDs or URLs.") var ids: [String]

        func validate() throws { if ids.isEmpty { throw ValidationError("give at least one arXiv ID") } }

        func run() throws {
            let workspace = try common.openExistingWorkspace()
            let removed = try Console.run { try workspace.store.removeTag(tag, ids: try TagActions.ids(ids)) }
            print("removed \(removed) \(removed == 1 ? "paper" : "papers") from \(tag)")
        }
    }
}
