import Foundation

/// Streams papers from the store into CSV or JSON lines, row by row.
public struct PaperExporter {
    public enum Format {
        case csv(CSVWriter)
        case jsonLines
    }

    public var format: Format

    public init(format: Format) { self.format = format }

    /// Writes every paper matching `filter` and returns how many; the caller commits `output`.
    @discardableResult
    public func export(from store: PaperStore, matching filter: PaperFilter, to output: OutputFile) throws -> Int {
        var rows = 0
        if case let .csv(csv) = format { try output.write(csv.row(PaperExport.csvColumns)) }
        try store.forEachPaper(matching: filter) { paper in
            switch format {
            case let .csv(csv): try output.write(csv.row(PaperExport.csvFields(paper)))
            case .jsonLines: try output.write(PaperExport.jsonLine(paper) + "\n")
            }
            rows += 1
        }
        return rows
    }
}
