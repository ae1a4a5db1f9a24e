import Foundation

/// Streams papers from the store into CSV or JSON lines, row by row (`PaperRowWriter`).
public struct PaperExporter {
    public var format: PaperRowWriter.Format

    public init(format: PaperRowWriter.Format) { self.format = format }

    /// Writes every paper matching `filter` and returns how many; the caller commits `output`.
    @discardableResult
    public func export(from store: PaperStore, matching filter: PaperFilter, to output: OutputFile) throws -> Int {
        var writer = PaperRowWriter(format)
        try output.write(writer.header())
        try store.forEachPaper(matching: filter) { paper in
            try output.write(writer.row(paper))
        }
        try output.write(writer.footer())
        return writer.rows
    }
}
