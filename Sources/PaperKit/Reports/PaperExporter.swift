import Foundation

/// Streams papers from the store into CSV, JSON lines or a reference manager's format, row by row.
public struct PaperExporter {
    public enum Format {
        case csv(CSVWriter)
        case jsonLines
        /// BibTeX, RIS or CSL JSON (`Sources/PaperKit/Library/CitationExport.swift`).
        case citations(CitationFormat)
    }

    public var format: Format

    public init(format: Format) { self.format = format }

    /// Writes every paper matching `filter` and returns how many; the caller commits `output`.
    @discardableResult
    public func export(from store: PaperStore, matching filter: PaperFilter, to output: OutputFile) throws -> Int {
        var rows = 0
        var citations: CitationExport?
        switch format {
        case let .csv(csv): try output.write(csv.row(PaperExport.csvColumns))
        case .jsonLines: break
        case let .citations(kind):
            citations = CitationExport(kind)
            try output.write(citations!.header())
        }
        try store.forEachPaper(matching: filter) { paper in
            switch format {
            case let .csv(csv): try output.write(csv.row(PaperExport.csvFields(paper)))
            case .jsonLines: try output.write(PaperExport.jsonLine(paper) + "\n")
            case .citations: try output.write(citations!.entry(paper))
            }
            rows += 1
        }
        if let citations { try output.write(citations.footer()) }
        return rows
    }
}
