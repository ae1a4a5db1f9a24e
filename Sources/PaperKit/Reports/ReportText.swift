import Foundation

/// Small pieces of text every report format shares: cut abstracts, hit explanations, dates.
public enum ReportText {
    /// The first 300 characters (Unicode scalars, as the old bot's Python counted) and `...`
    /// when the abstract is longer.
    public static func cutAbstract(_ abstract: String, limit: Int = 300) -> String {
        let scalars = abstract.unicodeScalars
        guard scalars.count > limit else { return abstract }
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: scalars.prefix(limit))
        return String(cut) + "..."
    }

    /// Why a paper scored: `speculative (title), decoding (abstract ×3)`.
    public static func hits(_ hits: [KeywordHit]) -> String {
        hits.map { "\($0.keyword) (\($0.field.rawValue)\($0.count > 1 ? " ×\($0.count)" : ""))" }.joined(separator: ", ")
    }

    /// `12.0`, `5.5`.
    public static func score(_ score: Double) -> String { PaperExport.scoreText(score) }

    /// The README's "Last Updated": `2026-01-07 05:58:05 UTC`.
    public static func lastUpdated(_ date: Date) -> String {
        Timestamp.string(from: date).replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
    }

    /// RFC 3339 (Atom): `2026-01-07T05:58:05Z`.
    public static func rfc3339(_ date: Date) -> String { Timestamp.string(from: date) }

    /// A day as an RFC 3339 instant at midnight UTC.
    public static func rfc3339(_ day: Day) -> String { "\(day)T00:00:00Z" }

    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 822 (RSS): `Wed, 07 Jan 2026 05:58:05 +0000`.
    public static func rfc822(_ date: Date) -> String {
        let stamp = Timestamp.string(from: date)
        guard let day = Day(iso: stamp) else { return stamp }
        let time = stamp.dropFirst(11).prefix(8)
        return rfc822Date(day) + " \(time) +0000"
    }

    /// A day as an RFC 822 instant at midnight UTC.
    public static func rfc822(_ day: Day) -> String { rfc822Date(day) + " 00:00:00 +0000" }

    private static func rfc822Date(_ day: Day) -> String {
        "\(weekdayNames[day.weekday - 1]), \(day.day < 10 ? "0" : "")\(day.day) \(monthNames[day.month - 1]) \(day.year)"
    }

    /// `Mon 2026-07-27`.
    public static func dayHeading(_ day: Day) -> String { "\(weekdayNames[day.weekday - 1]) \(day)" }

    /// `12 papers` / `1 paper`.
    public static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// `cs.AI 12, cs.CL 7`.
    public static func list(_ items: [CountedName]) -> String {
        items.isEmpty ? "none" : items.map { "\($0.name) \($0.count)" }.joined(separator: ", ")
    }

    /// The one-line warning for days the ingest missed, or nil when none are missing.
    public static func missingDaysWarning(_ days: [Day]) -> String? {
        guard !days.isEmpty else { return nil }
        return "no feed was ingested for \(count(days.count, "announcement day")) in the range: "
            + days.map(\.description).joined(separator: ", ") + "; ingest those days' feeds to complete the history"
    }
}
