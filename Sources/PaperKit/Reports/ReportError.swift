/// Report options the user can fix: bad dates, weeks, counts. All are usage errors (exit 64).
public enum ReportError: ArxivBotError, Equatable {
    case badDate(option: String, value: String)
    case yearOutOfRange(option: String, value: String)
    case reversedRange(from: Day, to: Day)
    case badWeek(String)
    case noSuchWeek(String, year: Int, weeks: Int)
    case badDays(Int)
    case conflictingRange(String)
    case badLimit(Int)
    case badMinScore(option: String, value: String)
    case badType(option: String, name: String)
    case badCategory(option: String, name: String)

    public var errorDescription: String? {
        switch self {
        case let .badDate(option, value):
            return "\(option) \(value) is not a valid date; use YYYY-MM-DD, e.g. 2026-01-31"
        case let .yearOutOfRange(option, value):
            let years = DigestRange.supportedYears
            return "\(option) \(value) is outside the years \(years.lowerBound)-\(years.upperBound) that reports cover; give a date in them"
        case let .reversedRange(from, to):
            return "the start date \(from) is after the end date \(to); swap them"
        case let .badWeek(text):
            return "--week \(text) is not an ISO week; use YYYY-Www, e.g. 2026-W02"
        case let .noSuchWeek(text, year, weeks):
            return "--week \(text) does not exist: ISO year \(year) has \(weeks) weeks; use \(year)-W01 to \(year)-W\(weeks)"
        case let .badDays(n):
            return "--days \(n) must be from 1 to \(DigestRange.maxDays)"
        case let .conflictingRange(options):
            return "\(options) cannot be combined; choose one way to give the range"
        case let .badLimit(n):
            return "--limit \(n) must be at least 1 (a digest of no papers says nothing)"
        case let .badMinScore(option, text):
            return "\(option) \(text) must be a number"
        case let .badType(option, name):
            return "\(option) \(name) is unknown; use new, cross, replace or replace-cross"
        case let .badCategory(option, name):
            return "\(option) \(name) is not an arXiv category; use a form like cs.AI, hep-th or math.AG"
        }
    }

    public var exitCode: ExitStatus { .usage }
}
