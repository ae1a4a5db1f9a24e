/// When arXiv's daily feeds are empty by schedule, so a day without papers can be told apart
/// from a day the ingest missed.
///
/// Daily feeds are dated Monday to Friday (the announcement of the evening before, 20:00 US
/// Eastern); Saturday and Sunday feeds are served but empty. On arXiv's published holidays there
/// is no mailing, and the feed dated that day is empty. This table is the one place that knows
/// the holidays; extend it from arXiv's own schedule (info.arxiv.org, "Availability of submissions").
public enum ArxivSchedule {
    /// Feed dates with no mailing, by arXiv's published holiday schedule.
    public static let holidays: [String: String] = [
        // Not Martin Luther King Jr. Day: the quant-ph feed dated 2025-01-20 carries announcements.
        "2024-12-25": "Christmas", "2025-01-01": "New Year's Day", "2025-11-27": "Thanksgiving", "2025-12-25": "Christmas",
        "2026-01-01": "New Year's Day", "2026-11-26": "Thanksgiving", "2026-12-25": "Christmas",
    ]

    /// Why a feed dated `day` has no announcements by schedule.
    public enum Closure: Equatable, Sendable {
        case weekend
        case holiday(String)
    }

    /// Nil when arXiv announces on `day`; otherwise why it does not.
    public static func closure(on day: Day) -> Closure? {
        if day.weekday == 6 || day.weekday == 7 { return .weekend }
        if let name = holidays[day.description] { return .holiday(name) }
        return nil
    }

    /// Whether a daily feed dated `day` is expected to carry announcements.
    public static func isAnnouncementDay(_ day: Day) -> Bool { closure(on: day) == nil }
}
