import Foundation

/// The import phase's result: a two-column Markdown table on stdout, one figure a line, ready to
/// paste into docs/performance.md. Remarks on the way go to stderr, so stdout stays the table.
struct Figures {
    private var rows: [(String, String)] = []

    mutating func add(_ measure: String, _ figure: String) {
        rows.append((measure, figure))
    }

    func print() {
        Swift.print("| measure | figure |")
        Swift.print("|---|---|")
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        for (measure, figure) in rows {
            Swift.print("| \(cell(measure)) | \(cell(figure)) |")
        }
    }

    /// One line on stderr, prefixed `bench:`.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data("bench: \(text)\n".utf8))
    }

    /// `2,700,000`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// Binary units with one decimal (`4.8 GB`, `135.2 MB`), as the other figures in the docs.
    static func size(_ bytes: Int) -> String {
        let value = Double(bytes)
        if bytes >= 1 << 30 { return String(format: "%.1f GB", value / Double(1 << 30)) }
        if bytes >= 1 << 20 { return String(format: "%.1f MB", value / Double(1 << 20)) }
        if bytes >= 1 << 10 { return String(format: "%.1f KB", value / Double(1 << 10)) }
        return "\(bytes) bytes"
    }

    /// `372.4 s (6 min 12 s)` for anything over a minute, else `41.3 s`.
    static func duration(_ seconds: Double) -> String {
        let plain = String(format: "%.1f s", seconds)
        guard seconds >= 60 else { return plain }
        let whole = Int(seconds.rounded())
        return plain + " (\(whole / 60) min \(whole % 60) s)"
    }

    static func rate(_ records: Int, _ seconds: Double) -> String {
        seconds > 0 ? grouped(Int((Double(records) / seconds).rounded())) + " records/s" : "n/a"
    }

    /// The size of a file, 0 when it is not there.
    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}
