/// What the ledger says about each feed date and category: ingested, empty by arXiv's schedule, or missing.
///
/// A day D counts as ingested for category C when any of these holds:
/// 1. the store has an announcement dated D of a paper listed in C (whatever feed brought it);
/// 2. a daily-feed run dated D ended `ok` and its feed covered C (an empty feed still counts: it was checked);
/// 3. a finished backfill job whose range contains D included C (`backfilled`).
/// Otherwise a weekend or holiday from `ArxivSchedule` is `closed`, and any other day is `missing`.
/// Dates are arXiv feed dates (see `ArxivSchedule.feedDay(at:)`), never the local clock's day.
public struct LedgerCalendar: Sendable, Equatable {
    public enum Cell: Sendable, Equatable {
        /// Announcements in the category that day (0 when a daily feed was read and had none).
        case ingested(announcements: Int)
        /// Covered by a finished backfill job that included the category.
        case backfilled
        /// No announcements by arXiv's schedule (weekend or holiday), and nothing was ingested.
        case closed(ArxivSchedule.Closure)
        /// A working day with nothing ingested or backfilled: a gap to fill.
        case missing

        /// `ingested`, `backfilled`, `weekend`, `holiday` or `missing`.
        public var name: String {
            switch self {
            case .ingested: return "ingested"
            case .backfilled: return "backfilled"
            case .closed(.weekend): return "weekend"
            case .closed(.holiday): return "holiday"
            case .missing: return "missing"
            }
        }
    }

    /// One feed date of the calendar.
    public struct Row: Sendable, Equatable {
        public var day: Day
        /// Why arXiv announced nothing that day by its schedule; nil on working days.
        public var closure: ArxivSchedule.Closure?
        /// One cell per configured category, in the configuration's order.
        public var cells: [Cell]
    }

    /// What the store knows about a range of days.
    public struct Facts: Sendable, Equatable {
        /// Day -> category -> announcements of papers listed in it.
        public var announcements: [Day: [String: Int]] = [:]
        /// Day -> categories covered by a successful daily-feed run dated that day.
        public var feedRuns: [Day: Set<String>] = [:]
        /// Finished backfill jobs.
        public var backfills: [(from: Day, to: Day, categories: [String])] = []

        public init() {}

        public static func == (a: Facts, b: Facts) -> Bool {
            a.announcements == b.announcements && a.feedRuns == b.feedRuns
                && a.backfills.map { "\($0.from)\($0.to)\($0.categories)" } == b.backfills.map { "\($0.from)\($0.to)\($0.categories)" }
        }
    }

    /// The configured categories, one column each.
    public var categories: [String]
    /// One per day given to `init`, in that order.
    public var rows: [Row]

    public init(days: [Day], categories: [String], facts: Facts) {
        self.categories = categories
        rows = days.map { day in
            let closure = ArxivSchedule.closure(on: day)
            let cells = categories.map { category -> Cell in
                let count = facts.announcements[day]?[category] ?? 0
                if count > 0 || facts.feedRuns[day]?.contains(category) == true { return .ingested(announcements: count) }
                if facts.backfills.contains(where: { $0.from <= day && day <= $0.to && $0.categories.contains(category) }) {
                    return .backfilled
                }
                return closure.map(Cell.closed) ?? .missing
            }
            return Row(day: day, closure: closure, cells: cells)
        }
    }

    /// Whether any cell is `missing`.
    public var hasGaps: Bool { rows.contains { $0.cells.contains(.missing) } }

    /// Runs of days with a gap in any category; closed days between two gaps join them into one
    /// range, so a missing Friday and Monday make one command.
    public var missingRanges: [ClosedRange<Day>] {
        var ranges: [ClosedRange<Day>] = []
        var open: (start: Day, end: Day)?
        for row in rows {
            if row.cells.contains(.missing) {
                open = (open?.start ?? row.day, row.day)
            } else if row.closure == nil, let current = open {
                ranges.append(current.start...current.end)
                open = nil
            }
        }
        if let current = open { ranges.append(current.start...current.end) }
        return ranges
    }

    /// `arxiv-bot ingest --from 2026-11-16 --to 2026-11-18`, plus `extraArguments` (such as `--config x.json`).
    public static func backfillCommand(for range: ClosedRange<Day>, extraArguments: [String] = []) -> String {
        (["arxiv-bot", "ingest", "--from", range.lowerBound.description, "--to", range.upperBound.description]
            + extraArguments.map(shellQuoted)).joined(separator: " ")
    }

    static func shellQuoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:@+,".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
