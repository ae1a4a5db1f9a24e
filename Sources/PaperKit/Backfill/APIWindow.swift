/// A span of submission time for an API query, to the minute, as `submittedDate:[FROM TO]` wants it.
///
/// The API answers at most 30,000 results per query; a window holding more is split in halves
/// until each half fits (or is a single minute).
public struct APIWindow: Sendable, Equatable, CustomStringConvertible {
    /// Minutes since 1970-01-01 00:00 UTC, both inclusive.
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// From 00:00 of `from` through 23:59 of `to`.
    public init(from: Day, to: Day) {
        self.init(first: from.daysSinceEpoch * 1440, last: to.daysSinceEpoch * 1440 + 1439)
    }

    /// `202601010000 TO 202601312359`.
    public var query: String { "\(Self.stamp(first)) TO \(Self.stamp(last))" }

    /// `202601010000-202601312359`, the form saved in `backfill_state.windows`.
    public var description: String { "\(Self.stamp(first))-\(Self.stamp(last))" }

    /// Parses `description`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let a = Self.minutes(parts[0]), let b = Self.minutes(parts[1]), a <= b else { return nil }
        self.init(first: a, last: b)
    }

    /// Whether the window can still be halved.
    public var isSplittable: Bool { last > first }

    /// The two halves: `[first, mid]` and `[mid + 1, last]`.
    public func halves() -> [APIWindow] {
        let mid = first + (last - first) / 2
        return [APIWindow(first: first, last: mid), APIWindow(first: mid + 1, last: last)]
    }

    static func stamp(_ minutes: Int) -> String {
        let day = Day(daysSinceEpoch: minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440)
        let inDay = minutes - day.daysSinceEpoch * 1440
        let digits = day.description.replacingOccurrences(of: "-", with: "")
        return digits + two(inDay / 60) + two(inDay % 60)
    }

    static func minutes(_ stamp: some StringProtocol) -> Int? {
        let s = String(stamp)
        guard s.count == 12, s.allSatisfy(\.isASCIIDigit) else { return nil }
        let chars = Array(s)
        guard let day = Day(iso: "\(String(chars[0..<4]))-\(String(chars[4..<6]))-\(String(chars[6..<8]))"),
              let h = Int(String(chars[8..<10])), let m = Int(String(chars[10..<12])), h < 24, m < 60 else { return nil }
        return day.daysSinceEpoch * 1440 + h * 60 + m
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
