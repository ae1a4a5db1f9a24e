import Foundation
import PaperKit

/// The text form of `arxiv-bot status`.
enum StatusPrinter {
    static func text(_ r: StatusReport) -> String {
        var lines: [String] = []
        lines.append("store: \(r.databasePath), \(size(r.databaseBytes + r.walBytes)) (wal \(size(r.walBytes)))")
        lines.append("papers \(r.papers), authors \(r.authors), announcements \(r.announcements), summaries \(r.summaries)")
        if let run = r.lastRun {
            lines.append("last successful run: \(run.finishedAt ?? run.startedAt)  \(run.source) (\(run.records) records)")
        } else {
            lines.append("last successful run: none yet; run arxiv-bot ingest")
        }
        if let bounds = r.searchBounds { lines.append("search bounds: \(bounds.summary)") }
        if let done = r.rescoredSoFar {
            lines.append("rescore: interrupted after \(done) of \(r.papers) papers; run arxiv-bot rescore again to finish")
        }
        for run in r.openRuns {
            let state = run.interrupted ? "interrupted" : "running"
            let resume = run.resumeAfter.map { ", resumes after record \($0) (committed \(Console.minute(run.committedAt ?? "")))" } ?? ""
            let hint = run.interrupted ? "; run the same ingest again to continue" : ""
            lines.append("\(state): run \(run.id) started \(run.startedAt)  \(run.source) (\(run.records) records committed\(resume))\(hint)")
        }
        lines.append("")
        let width = max(12, (r.calendar.categories.map(\.count).max() ?? 0) + 2)
        lines.append("day             " + r.calendar.categories.map { pad($0, width) }.joined())
        for row in r.calendar.rows {
            let head = "\(row.day) \(StatusReport.weekdayNames[row.day.weekday - 1])  "
            var cells = row.cells.map { pad(label($0), width) }.joined()
            if case let .holiday(name)? = row.closure { cells += name }
            lines.append(head + cells)
        }
        lines.append("")
        if r.missing.isEmpty {
            lines.append("no missing days")
        } else {
            let count = r.calendar.rows.filter { $0.cells.contains(.missing) }.count
            lines.append("missing: \(count) day\(count == 1 ? "" : "s"); to backfill:")
            lines += r.missing.map { "  " + $0.command }
        }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    private static func label(_ cell: LedgerCalendar.Cell) -> String {
        switch cell {
        case let .ingested(n): return "ok \(n)"
        case .backfilled: return "backfilled"
        case .closed(.weekend): return "-"
        case .closed(.holiday): return "holiday"
        case .missing: return "MISSING"
        }
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : String(format: "%.1f KB", Double(bytes) / 1024)
    }
}
