import Foundation

/// Exit codes in the sysexits style, shared by every error area.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case failure = 1
    case usage = 64
    case dataError = 65
    case noInput = 66
    case unavailable = 69
    case cannotCreate = 73
    case tempFailure = 75
    case config = 78
    /// Stopped by Ctrl-C (128 + SIGINT), after committing what was fetched.
    case interrupted = 130
}

/// Every error PaperKit throws: a one-line lowercase message (via `LocalizedError`) and an exit code.
public protocol ArxivBotError: LocalizedError, Sendable {
    var exitCode: ExitStatus { get }
}

extension ArxivBotError {
    /// The one-line message the CLI prints.
    public var message: String { errorDescription ?? String(describing: self) }
}
