import ArgumentParser
import PaperKit

/// A date range for report and summarize: `--from/--to`, `--days`, `--week` or `--date`.
struct RangeOptions: ParsableArguments {
    @Option(help: "First date (YYYY-MM-DD), inclusive.") var from: String?
    @Option(help: "Last date (YYYY-MM-DD), inclusive.") var to: String?
    @Option(help: "The last N days, ending today.") var days: Int?
    @Option(help: "An ISO week, e.g. 2026-W02 (Monday to Sunday).") var week: String?
    @Option(help: "One day (YYYY-MM-DD).") var date: String?

    /// The range given, or the last `defaultDays` days; bad or reversed dates are usage errors.
    func range(defaultDays: Int) throws -> DigestRange {
        try DigestRange.resolve(from: from, to: to, days: days, week: week, date: date, defaultDays: defaultDays,
                                today: ArxivSchedule.feedDay())
    }
}
