import Foundation

/// A time of day in UTC (`05:30`), and when it next comes round.
public struct DailyTime: Sendable, Equatable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// Parses strict `HH:MM`, 00:00 to 23:59.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    public var description: String { String(format: "%02d:%02d", hour, minute) }

    /// The first instant strictly after `date` at this time of day, UTC.
    public func next(after date: Date) -> Date {
        let secondsOfDay = Double(hour * 3600 + minute * 60)
        let now = date.timeIntervalSince1970
        let midnight = (now / 86_400).rounded(.down) * 86_400
        var candidate = midnight + secondsOfDay
        if candidate <= now { candidate += 86_400 }
        return Date(timeIntervalSince1970: candidate)
    }
}
