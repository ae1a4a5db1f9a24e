import Foundation

/// Streams papers from the store into CSV or JSON lines, row by row (`PaperRowWriter`).
public struct PaperExporter {
    public var format: PaperRowWriter.Format

    public init(format: PaperRowWriter.Format) { self.format = format }

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
        var writer = PaperRowWriter(format)
        try output.write(writer.header())
        try papers { paper in try output.write(writer.row(paper)) }
        try output.write(writer.footer())
        return writer.rows
    }
}
