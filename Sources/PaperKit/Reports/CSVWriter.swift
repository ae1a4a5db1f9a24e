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
        if excelSafe, let first = field.first, "=+-@".contains(first) { field = "'" + field }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
