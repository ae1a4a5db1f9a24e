/// Reads a plain list: one arXiv ID or arXiv URL per line (`2601.03043`, `2601.02569v2`,
/// `hep-th/9901001`, `https://arxiv.org/abs/...`). Blank lines and `#` comments, whole-line or
/// after the ID, are ignored; any other line is skipped and counted.
public enum IDListReader {
    public static func read(_ text: String, file: String) throws -> LibraryContents {
        var contents = LibraryContents(format: .idList)
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = uncommented(String(raw))
            if line.isEmpty { continue }
            if let id = id(inLine: line) {
                contents.entries.append(LibraryEntry(url: line.hasPrefix("http") ? line : nil, arxivID: id, line: lineNumber))
            } else {
                contents.skipped.append(LibrarySkip(line: lineNumber, reason: "'\(line.prefix(60))' is not an arXiv ID or URL"))
            }
        }
        if contents.entries.isEmpty, let first = contents.skipped.first {
            throw LibraryError.unknownFormat(file: file, line: first.line)
        }
        return contents
    }

    /// The ID on a line (already without its comment), or nil.
    static func id(inLine line: String) -> ArxivID? {
        ArxivID(uncommented(line)) ?? ArxivIDFinder.find(in: line)
    }

    /// The line without a `#` comment (a `#` at the start or after a blank: URLs may hold anchors) and blanks.
    static func uncommented(_ line: String) -> String {
        var text = line.trimmingWhitespace()
        if text.hasPrefix("#") || text.hasPrefix("%") { return "" }
        if let range = text.range(of: " #") ?? text.range(of: "\t#") { text = String(text[..<range.lowerBound]) }
        return text.trimmingWhitespace()
    }
}
