import ArgumentParser
import PaperKit

extension Tag {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the tags with their counts, or the papers of one tag.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "A tag: list its papers.") var tag: String?

        func run() throws {
            let workspace = try common.openExistingWorkspace()
            if let tag {
                let papers = try Console.run { try workspace.store.taggedPapers(tag) }
                for p in papers {
                    let title = p.title.map(Console.printable) ?? "(not in the store)"
                    print("\(p.arxivID)\t\(p.addedAt)\t\(title)" + (p.note.map { "\t\(Console.printable($0))" } ?? ""))
                }
                return
            }
            let tags = try Console.run { try workspace.store.tags() }
            if tags.isEmpty { Console.note("no tags yet; `arxiv-bot tag add TAG ID...` or `arxiv-bot tag import TAG FILE` makes one") }
            for t in tags { print("\(Console.printable(t.name))\t\(t.papers) papers\t\(t.inStore) in the store\tsince \(t.createdAt)") }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rename a tag, keeping its papers.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The tag.") var old: String
        @Argument(help: "Its new name.") var new: String

        func run() throws {
            let workspace = try common.openExistingWorkspace()
            try Console.run { try workspace.store.renameTag(old, to: new) }
            print("renamed \(old) to \(new)")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a tag (the papers stay in the store).")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The tag.") var tag: String

        func run() throws {
            let workspace = try common.openExistingWorkspace()
            let papers = try Console.run { try workspace.store.deleteTag(tag) }
            print("deleted \(tag) (\(papers) \(papers == 1 ? "paper" : "papers"))")
        }
    }
}
