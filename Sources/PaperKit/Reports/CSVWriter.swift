import Foundation

/// RFC 4180 CSV: UTF-8, `\r\n` line ends, fields with commas, quotes or line breaks quoted,
/// quotes doubled. Writes rows as they come.
public struct CSVWriter {
    /// Prefix cells starting with `=`, `+`, `-` or `@` with `'`, so spreadsheets do not run them as formulas.
    public var excelSafe = false

    public init(excelSafe: Bool = false) { self.excelSafe = excelSafe }

    /// One row, terminated by `\r\n`.
    public func row(_ fields: [String]) -> String {
        var line = ""
        for (i, field) in fields.enumerated() {
            if i > 0 { line += "," }
            line += cell(field)
        }
        return line + "\r\n"
    }

    func cell(_ raw: String) -> String {
        var field = raw
        if excelSafe, let first = field.utf8.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: "-") || first == UInt8(ascii: "@") {
            field = "'" + field
        }
        // Byte scan: every character that forces quoting is ASCII, and a Character walk is 10x slower.
        var needsQuotes = false
        var hasQuote = false
        for byte in field.utf8 {
            switch byte {
            case UInt8(ascii: "\""): hasQuote = true; needsQuotes = true
            case UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"): needsQuotes = true
            default: continue
            }
        }
        guard needsQuotes else { return field }
        return "\"" + (hasQuote ? field.replacingOccurrences(of: "\"", with: "\"\"") : field) + "\""
    }
}
