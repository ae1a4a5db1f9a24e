import Foundation
import PaperKit

/// Renders query results in the chosen format.
struct ResultPrinter {
    var format: Query.Format

    func print(_ results: [PaperResult], to output: OutputFile) throws {
        switch format {
        case .json:
            try output.write(String(decoding: PaperRowWriter.bytes(results, as: .jsonArray), as: UTF8.self) + "\n")
        case .csv:
            try output.write(String(decoding: PaperRowWriter.bytes(results, as: .csv(CSVWriter())), as: UTF8.self))
        case .ids:
            for paper in results { try output.write(paper.versionedID + "\n") }
        case .table:
            for paper in results { try output.write(tableRow(paper)) }
        }
    }

    private func tableRow(_ p: PaperResult) -> String {
        let width = Console.terminalWidth
        let score = String(format: "%5.1f", p.score)
        let category = Console.printable(p.primaryCategory ?? "")
        let head = "\(score)  \(p.versionedID)  \(p.date?.description ?? "          ")  \(category)  "
        let room = max(20, width - head.count)
        let fullTitle = Console.printable(p.title).normalizingWhitespace()
        let title = fullTitle.count > room ? String(fullTitle.prefix(room - 3)) + "..." : fullTitle
        var text = head + title + "\n"
        if let snippet = p.snippet {
            let marked = Console.highlight(snippet)
            text += "       " + marked + "\n"
        }
        return text
    }
}
