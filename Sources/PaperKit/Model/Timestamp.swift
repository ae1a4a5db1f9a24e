import Foundation

/// ISO 8601 UTC timestamps for the ledger (`2026-11-30T23:26:35Z`).
public enum Timestamp {
    /// The current time.
    public static func now() -> String { string(from: Date()) }

    /// `date` to the second, in UTC.
    public static func string(from date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// Today's UTC day.
    public static func today() -> Day {
        Day(iso: now())!
    }
}
