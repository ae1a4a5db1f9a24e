import Foundation
import PaperKit

/// Renders similar papers and recommendations: the paper, its score and why.
struct RecommendationPrinter {
    var format: Query.Format
    var method: RecommendationMethod?

    func print(_ recommendations: [Recommendation], to output: OutputFile) throws {
        switch format {
        case .json:
            try output.write(RecommendationOutput.json(recommendations, method: method).rendered(pretty: true) + "\n")
        case .csv:
            try output.write(RecommendationOutput.csv(recommendations))
        case .ids:
            for r in recommendations { try output.write(r.paper.versionedID + "\n") }
        case .table:
            for r in recommendations { try output.write(tableRow(r)) }
        }
    }

    private func tableRow(_ r: Recommendation) -> String {
        let p = r.paper
        let head = String(format: "%7.3f", r.score) + "  \(p.versionedID)  \(p.date?.description ?? "          ")  "
            + Console.printable(p.primaryCategory ?? "") + "  "
        let room = max(20, Console.terminalWidth - head.count)
        let fullTitle = Console.printable(p.title).normalizingWhitespace()
        let title = fullTitle.count > room ? String(fullTitle.prefix(room - 3)) + "..." : fullTitle
        let reasons = r.reasons.map { Console.printable($0.term) }.joined(separator: ", ")
        return head + title + "\n" + (reasons.isEmpty ? "" : "         because: " + reasons + "\n")
    }
}
