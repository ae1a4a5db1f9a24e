import Foundation

/// The entry point of library import: reads a file, detects its format from the content and
/// hands it to the reader for that format.
public enum LibraryReader {
    /// The entries of the file at `path`. Throws `LibraryError` when it is unreadable, in no
    /// known format, or in a known format of which not one entry can be read.
    public static func read(path: String) throws -> LibraryContents {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file"
            throw LibraryError.unreadable(file: path, reason: reason)
        }
        return try read(String(decoding: data, as: UTF8.self), file: path)
    }

    /// The entries of `text`; `file` names it in errors.
    public static func read(_ text: String, file: String) throws -> LibraryContents {
        guard let format = LibraryFormat.detect(text) else {
            throw LibraryError.unknownFormat(file: file, line: firstContentLine(text))
        }
        switch format {
        case .bibtex: return try BibTeXReader.read(text, file: file)
        case .ris: return try RISReader.read(text, file: file)
        case .json: return try JSONLibraryReader.read(text, file: file)
        case .idList: return try IDListReader.read(text, file: file)
        }
    }

    private static func firstContentLine(_ text: String) -> Int {
        var n = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            if !line.allSatisfy(\.isWhitespace) { return n }
        }
        return 1
    }
}
