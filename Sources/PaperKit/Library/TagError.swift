import Foundation

/// Why a tag command could not do what it was asked. Messages name the tag or the IDs.
public enum TagError: ArxivBotError, Equatable {
    /// The name is empty, too long or holds control characters.
    case badName(String)
    /// No tag has this name.
    case unknownTag(String)
    /// `rename` to a name another tag has.
    case nameTaken(String)
    /// An argument is not an arXiv ID or URL.
    case badID(String)
    /// Papers the store does not hold, with fetching from the API off (`--offline`) or failed.
    case notFound(ids: [String], tagged: Int)

    public var errorDescription: String? {
        switch self {
        case let .badName(name):
            return "'\(name)' is not a usable tag name; use 1 to 100 characters without control characters or surrounding blanks"
        case let .unknownTag(name):
            return "no tag named '\(name)'; `arxiv-bot tag list` shows the tags"
        case let .nameTaken(name):
            return "a tag named '\(name)' already exists; choose another name or delete that tag first"
        case let .badID(text):
            return "'\(text)' is not an arXiv ID or URL; give IDs like 2601.03043, 2601.03043v2, hep-th/9901001 or https://arxiv.org/abs/2601.03043"
        case let .notFound(ids, tagged):
            let shown = ids.prefix(20).joined(separator: ", ") + (ids.count > 20 ? " and \(ids.count - 20) more" : "")
            return "\(ids.count) \(ids.count == 1 ? "paper is" : "papers are") not in the store: \(shown)"
                + " (\(tagged) tagged); ingest or backfill them, or run without --offline to fetch them from the arXiv API"
        }
    }

    public var exitCode: ExitStatus {
        switch self {
        case .badName, .nameTaken, .badID: return .usage
        case .unknownTag, .notFound: return .noInput
        }
    }

    /// `name` trimmed, or `badName`.
    public static func validated(_ name: String) throws -> String {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed == name, name.count <= 100,
              !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw TagError.badName(name)
        }
        return name
    }
}
