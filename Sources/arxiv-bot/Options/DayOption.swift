import ArgumentParser
import PaperKit

/// Runs PaperKit's checks of option values, turning their `ReportError` into a `ValidationError`,
/// so that it is reported as a usage error while ArgumentParser validates the options.
func usage<T>(_ check: () throws -> T) throws -> T {
    do {
        return try check()
    } catch let error as ReportError {
        throw ValidationError(error.message)
    }
}

extension Day {
    /// The day a date option names (strict `YYYY-MM-DD`), nil when it was not given.
    static func option(_ text: String?, named option: String) throws -> Day? {
        guard let text else { return nil }
        return try usage { try DigestRange.parseDay(text, option: option) }
    }
}
