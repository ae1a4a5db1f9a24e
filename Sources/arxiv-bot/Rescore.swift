import ArgumentParser
import PaperKit

struct Rescore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Recompute every paper's keyword hits and score from the current configuration."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let workspace = try common.openWorkspace()
        let scorer = workspace.scorer
        let summary = try Console.run { try workspace.store.rescore { scorer.score(title: $0, abstract: $1) } }
        print("rescored \(summary.papers) papers: \(summary.scoreChanged) scores changed, "
              + "\(summary.exclusionChanged) exclusions changed")
    }
}
