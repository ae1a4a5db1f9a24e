/// Failures of the SQLite store, each naming the database or the statement involved.
public enum StoreError: ArxivBotError {
    case cannotOpen(path: String, reason: String)
    case missing(path: String)
    case notADatabase(path: String)
    case unknownPaper(id: String)
    case sqlite(code: Int32, message: String, sql: String)
    case busy(path: String)
    case newerSchema(path: String, found: Int, known: Int)
    case olderSchema(path: String, found: Int, known: Int)
    case migrationFailed(name: String, reason: String)
    /// A statement was given another number of values than its SQL has parameters: a bug, caught
    /// before a value lands in the wrong place.
    case parameterCount(sql: String, expected: Int, given: Int)

    public var errorDescription: String? {
        switch self {
        case let .cannotOpen(path, reason):
            return "cannot open database \(path): \(reason); check the path and its folder's permissions, or pass --db"
        case let .notADatabase(path):
            return "\(path) is not an arxiv-bot database (or is corrupt); pass --db with the right file, or move it away and run `arxiv-bot ingest` to start a new history"
        case let .unknownPaper(id):
            return "no paper \(id) in the store; ingest it first (arxiv-bot ingest --input or --from)"
        case let .missing(path):
            return "no database at \(path); run `arxiv-bot ingest` first, or pass --db"
        case let .sqlite(code, message, sql):
            return "sqlite error \(code) (\(message)) in: \(StoreError.shorten(sql)); run `arxiv-bot status` to check the store, and report this if it persists"
        case let .busy(path):
            return "database \(path) is locked by another arxiv-bot process; try again when it has finished"
        case let .newerSchema(path, found, known):
            return "database \(path) has schema version \(found), newer than this arxiv-bot knows (\(known)); upgrade arxiv-bot"
        case let .olderSchema(path, found, known):
            return "database \(path) has schema version \(found), older than this arxiv-bot needs (\(known)); run `arxiv-bot status` once to upgrade it"
        case let .migrationFailed(name, reason):
            return "migration \(name) failed: \(reason); the database was left unchanged"
        case let .parameterCount(sql, expected, given):
            return "statement \(StoreError.shorten(sql)) takes \(expected) values but was given \(given); please report this"
        }
    }

    public var exitCode: ExitStatus {
        switch self {
        case .busy: return .tempFailure
        case .missing, .notADatabase, .unknownPaper: return .noInput
        case .newerSchema, .olderSchema: return .config
        case .cannotOpen, .sqlite, .migrationFailed: return .cannotCreate
        case .parameterCount: return .failure
        }
    }

    private static func shorten(_ sql: String) -> String {
        let flat = sql.normalizingWhitespace()
        return flat.count > 120 ? String(flat.prefix(117)) + "..." : flat
    }
}
