import ArgumentParser
import PaperKit

struct Rescore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Recompute every paper's keyword hits and score from the current configuration.",
        discussion: """
            Commits every 50,000 papers. After Ctrl-C or a crash, run it again with the same keywords and it \
            continues where it stopped (with other keywords it starts over); until then the papers after that \
            point keep their old scores, and status says so.
            """
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let workspace = try common.openWorkspace()
        let scorer = workspace.scorer
        let summary = try Console.run {
            try workspace.store.rescore(keywords: scorer.fingerprint) { scorer.score(title: $0, abstract: $1) }
        }
        if summary.resumedAfter > 0 { Console.note("continued the rescore interrupted after \(summary.resumedAfter) papers") }
        print("rescored \(summary.papers) papers: \(summary.scoreChanged) scores changed, "
              + "\(summary.exclusionChanged) exclusions changed")
    }
}
