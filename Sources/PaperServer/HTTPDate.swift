import Foundation

/// IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the only form HTTP servers send; parsing also
/// accepts only this form, and anything else is treated as absent, as RFC 9110 allows.
enum HTTPDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func string(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970)
        var p = tm()
        gmtime_r(&t, &p)
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d GMT", days[Int(p.tm_wday)], p.tm_mday,
                      months[Int(p.tm_mon)], p.tm_year + 1900, p.tm_hour, p.tm_min, p.tm_sec)
    }

    static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[5] == "GMT", let day = Int(parts[1]), let month = months.firstIndex(of: String(parts[2])),
              let year = Int(parts[3]) else { return nil }
        let time = parts[4].split(separator: ":").compactMap { Int($0) }
        guard time.count == 3 else { return nil }
        guard (1...31).contains(day), (1970...9999).contains(year), (0...23).contains(time[0]), (0...59).contains(time[1]),
              (0...60).contains(time[2]) else { return nil }
        var p = tm()
        p.tm_year = Int32(year - 1900)
        p.tm_mon = Int32(month)
        p.tm_mday = Int32(day)
        p.tm_hour = Int32(time[0])
        p.tm_min = Int32(time[1])
        p.tm_sec = Int32(time[2])
        let date = Date(timeIntervalSince1970: TimeInterval(timegm(&p)))
        // A day that does not exist (31 Feb) or a wrong weekday is not this form either.
        return string(date) == text ? date : nil
    }
}
