import Foundation

/// Streams papers from the store into CSV or JSON lines, row by row (`PaperRowWriter`), or into
/// a reference manager's format (`Sources/PaperKit/Library/CitationExport.swift`).
public struct PaperExporter {
    public var format: PaperRowWriter.Format
    /// BibTeX, RIS or CSL JSON instead of `format`.
    public var citations: CitationFormat?

    public init(format: PaperRowWriter.Format) { self.format = format }

    public init(citations: CitationFormat) {
        self.format = .jsonLines
        self.citations = citations
    }

    /// Writes every paper matching `filter` and returns how many; the caller commits `output`.
    @discardableResult
    public func export(from store: PaperStore, matching filter: PaperFilter, to output: OutputFile) throws -> Int {
        try export(to: output) { try store.forEachPaper(matching: filter, $0) }
    }

    /// Writes every paper `request` selects (its words and filters, no page), in the same order.
    @discardableResult
    public func export(from store: PaperStore, selectedBy request: SearchRequest, to output: OutputFile) throws -> Int {
        try export(to: output) { try store.forEachPaper(selectedBy: request, $0) }
    }

    private func export(to output: OutputFile, _ papers: ((PaperResult) throws -> Void) throws -> Void) throws -> Int {
        if let citations { return try exportCitations(citations, to: output, papers) }
        var writer = PaperRowWriter(format)
        try output.write(writer.header())
        try papers { paper in try output.write(writer.row(paper)) }
        try output.write(writer.footer())
        return writer.rows
    }

    private func exportCitations(_ kind: CitationFormat, to output: OutputFile,
                                 _ papers: ((PaperResult) throws -> Void) throws -> Void) throws -> Int {
        var citations = CitationExport(kind)
        var rows = 0
        try output.write(citations.header())
        try papers { paper in
            try output.write(citations.entry(paper))
            rows += 1
        }
        try output.write(citations.footer())
        return rows
    }
}
