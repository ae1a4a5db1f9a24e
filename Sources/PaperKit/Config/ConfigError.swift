import Foundation

/// Everything that can be wrong with a configuration file.
///
/// Exit codes: a missing or unreadable file is `noInput` (66), because the input is absent rather than wrong;
/// a file that exists but is malformed or holds impossible values is `config` (78); a starter file that
/// `init` cannot write, or will not write over an existing one, is `cannotCreate` (73).
/// Key paths are written bare: `max_papers`, `categories[2]`, `feeds.request_delay_seconds`.
public enum ConfigError: ArxivBotError, Equatable {
    /// No file at the path.
    case fileNotFound(path: String)
    /// The file exists but could not be read (permissions, a folder, ...).
    case unreadable(path: String, reason: String)
    /// The bytes are not JSON; `line` is 1-based when the parser said where; `detail` ends with the fix.
    /// (Foundation on Linux accepts trailing commas, so those are not reported.)
    case invalidJSON(source: String, line: Int?, detail: String)
    /// The document is JSON but not an object.
    case notAnObject(source: String, found: String)
    /// A key holds the wrong kind of JSON value.
    case wrongType(source: String, keyPath: String, expected: String, found: String)
    /// A key holds the right kind of value but an impossible one; `problem` ends with the fix.
    case invalidValue(source: String, keyPath: String, problem: String)
    /// `categories` is empty but the command (ingest) needs at least one.
    case noCategories(source: String)
    /// A command that sends mail found no `mail` block.
    case noMail(source: String)
    /// `init` found a file where it would write the starter configuration, and left it alone.
    case alreadyExists(path: String)
    /// `init` could not create the folder or the file at `path`; `reason` is the system's, lower case.
    case cannotCreate(path: String, reason: String)

    public var exitCode: ExitStatus {
        switch self {
        case .fileNotFound, .unreadable: return .noInput
        case .alreadyExists, .cannotCreate: return .cannotCreate
        default: return .config
        }
    }

    /// The key path the error is about, when there is one.
    public var keyPath: String? {
        switch self {
        case .wrongType(_, let keyPath, _, _), .invalidValue(_, let keyPath, _): return keyPath
        case .noCategories: return "categories"
        case .noMail: return "mail"
        default: return nil
        }
    }

    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let path):
            return "config file not found: \(path); create one (see README) or pass --config"
        case .unreadable(let path, let reason):
            return "cannot read config file \(path): \(reason); check that it is a readable file"
        case .invalidJSON(let source, let line, let detail):
            let at = line.map { " (line \($0))" } ?? ""
            return "\(source) is not valid JSON\(at): \(detail)"
        case .notAnObject(let source, let found):
            return "\(source) must hold a JSON object such as {\"categories\": [\"cs.AI\"]}, found \(found)"
        case .wrongType(let source, let keyPath, let expected, let found):
            return "\(source): \(keyPath) must be \(expected), found \(found)"
        case .invalidValue(let source, let keyPath, let problem):
            return "\(source): \(keyPath) \(problem)"
        case .noCategories(let source):
            return "\(source): categories is empty; name at least one arXiv category such as cs.AI (ingest --input reads files without one)"
        case .noMail(let source):
            return "\(source): mail is not configured; add a \"mail\" block with smtp_url, from and to (see docs/mail.md)"
        case .alreadyExists(let path):
            return "\(path) already exists; edit it, or pass --dir to write a new one elsewhere"
        case .cannotCreate(let path, let reason):
            return "cannot create \(path): \(reason); pass --dir with a folder you can write to"
        }
    }
}
