import Foundation

/// Why a library file could not be imported. Messages name the file and, where known, the line.
public enum LibraryError: ArxivBotError, Equatable {
    /// The file is missing or unreadable.
    case unreadable(file: String, reason: String)
    /// The content is none of the formats `tag import` reads.
    case unknownFormat(file: String, line: Int)
    /// The file has the shape of a format but not one entry of it could be read.
    case malformed(file: String, line: Int, format: LibraryFormat, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(file, reason):
            return "cannot read \(file): \(reason); check the path and its permissions"
        case let .unknownFormat(file, line):
            return "\(file):\(line): not a library file; export BibTeX, BibLaTeX, RIS, Zotero or CSL JSON, or list one arXiv ID per line"
        case let .malformed(file, line, format, reason):
            return "\(file):\(line): unreadable \(format.rawValue): \(reason); fix the file or export it again"
        }
    }

    public var exitCode: ExitStatus {
        switch self {
        case .unreadable: return .noInput
        case .unknownFormat, .malformed: return .dataError
        }
    }
}
