/// Papers as rows of one format, one paper at a time: CSV (the header, then a row per paper),
/// JSON lines, or a pretty-printed JSON array. The exporter, `query`'s printer, serve's CSV stream
/// and its JSON search all write through it, so a streamed export and a page of results are the
/// same bytes for the same papers.
public struct PaperRowWriter {
    public enum Format {
        case csv(CSVWriter)
        case jsonLines
        case jsonArray
    }

    public let format: Format
    /// Papers written so far.
    public private(set) var rows = 0

    public init(_ format: Format) { self.format = format }

    /// What comes before the first paper: the CSV header; nothing for JSON.
    public func header() -> String {
        if case let .csv(csv) = format { return csv.row(PaperExport.csvColumns) }
        return ""
    }

    /// Appends `paper`'s row, with what separates it from the row before, to `bytes`.
    public mutating func append(_ paper: PaperResult, to bytes: inout [UInt8]) {
        switch format {
        case let .csv(csv):
            bytes += csv.row(PaperExport.csvFields(paper)).utf8
        case .jsonLines:
            var writer = PaperJSONWriter(pretty: false, depth: 0)
            writer.write(paper)
            bytes += writer.writer.bytes
            bytes.append(UInt8(ascii: "\n"))
        case .jsonArray:
            var writer = PaperJSONWriter(pretty: true, depth: 1)
            if rows == 0 { writer.writer.openArray() }
            writer.writer.element(rows, depth: 0)
            writer.write(paper)
            bytes += writer.writer.bytes
        }
        rows += 1
    }

    /// `paper`'s row as text.
    public mutating func row(_ paper: PaperResult) -> String {
        var bytes: [UInt8] = []
        append(paper, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What comes after the last paper: the JSON array's end (`[]` when there were none), with no
    /// newline after it; nothing for CSV and JSON lines, whose rows end their lines.
    public func footer() -> String {
        guard case .jsonArray = format else { return "" }
        return rows == 0 ? "[]" : "\n]"
    }

    /// Header, every row of `papers`, and footer.
    public static func bytes(_ papers: [PaperResult], as format: Format) -> [UInt8] {
        var writer = PaperRowWriter(format)
        var bytes = Array(writer.header().utf8)
        bytes.reserveCapacity(2_048 * papers.count)
        for paper in papers { writer.append(paper, to: &bytes) }
        bytes += writer.footer().utf8
        return bytes
    }
}
