import CSQLite
import Foundation

/// Which functions rank and cut snippets for searches.
///
/// `custom` is this folder: `arxiv_bm25` with its collector and `arxiv_snippet`, three times faster
/// than the built-ins (3.2 → 1.1 ms for a two-word search over 100,000 papers) but written against
/// one SQLite's internals (the docsize blob format, the snippet rules of 3.40's `fts5_aux.c`).
/// `builtin` is FTS5's own `bm25()` and `snippet()`: the reference the custom path must equal, and
/// the path taken on an SQLite the custom code was not verified against.
public enum FullTextEngine: String, Sendable, CaseIterable {
    case custom, builtin

    /// The environment variable that chooses: `custom`, `builtin`, or unset (custom where verified).
    public static let variable = "ARXIV_BOT_FTS"

    /// SQLite versions (major·1000 + minor) whose FTS5 the custom path was verified against: a new
    /// one is added after `FullTextReferenceTests` pass on it (docs/architecture.md says how).
    static let verifiedVersions: Set<Int32> = [3_040]

    /// The engine of this process, with the warning to show once when it fell back.
    public struct Choice: Sendable, Equatable {
        public var engine: FullTextEngine
        public var warning: String?
    }

    /// Chooses from the environment's value and the SQLite library's version number.
    public static func choose(_ value: String?, libraryVersion: Int32) throws -> Choice {
        switch value?.trimmingCharacters(in: .whitespaces).lowercased() {
        case nil, "": break
        case let name?:
            guard let engine = FullTextEngine(rawValue: name) else { throw FullTextEngineError.unknown(value ?? name) }
            return Choice(engine: engine)
        }
        if verifiedVersions.contains(libraryVersion / 1_000) { return Choice(engine: .custom) }
        let version = "\(libraryVersion / 1_000_000).\(libraryVersion / 1_000 % 1_000).\(libraryVersion % 1_000)"
        return Choice(engine: .builtin, warning: "SQLite \(version) is not a version arxiv-bot's own rank and snippets "
                      + "were verified against, so searches use FTS5's bm25() and snippet() (slower, same results); "
                      + "set \(variable)=custom to use them anyway")
    }

    /// The choice of this process: `ARXIV_BOT_FTS` and the linked SQLite, read once.
    public static let current: Result<Choice, FullTextEngineError> = {
        let value = ProcessInfo.processInfo.environment[variable]
        do {
            return .success(try choose(value, libraryVersion: sqlite3_libversion_number()))
        } catch {
            return .failure(.unknown(value ?? ""))
        }
    }()
}

/// An `ARXIV_BOT_FTS` value that names no engine.
public enum FullTextEngineError: ArxivBotError, Equatable {
    case unknown(String)

    public var errorDescription: String? {
        switch self {
        case let .unknown(value):
            return "\(FullTextEngine.variable)=\(value) names no search engine; use custom, builtin, or leave it unset"
        }
    }

    public var exitCode: ExitStatus { .config }
}
