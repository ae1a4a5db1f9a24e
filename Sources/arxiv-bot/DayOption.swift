import ArgumentParser
import PaperKit

extension Day {
    /// The day a date option names (strict `YYYY-MM-DD`), nil when it was not given. A bad date is
    /// a `ValidationError`, so that it is reported as a usage error when options are validated.
    static func option(_ text: String?, named option: String) throws -> Day? {
        guard let text else { return nil }
        do {
            return try DigestRange.parseDay(text, option: option)
        } catch let error as ReportError {
            throw ValidationError(error.message)
        }
    }
}
