import Foundation
import PaperKit

/// The dates of the synthetic Kaggle lines, as seconds since 1970 (UTC), with the two spellings
/// the dump uses. Computed with PaperKit's civil-calendar arithmetic (`Day`) rather than a
/// DateFormatter, which would cost more than the rest of a line for 2.7 million lines.
enum KaggleDate {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]   // 1970-01-01 was a Thursday
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// When paper `number` (1...99,999) of month `month` (0 = January 2021) was submitted: the
    /// month's seconds spread evenly over the numbers, so dates rise with the IDs as arXiv's do.
    static func submission(month: Int, number: Int) -> Int {
        let year = 2021 + month / 12, monthOfYear = 1 + month % 12
        let start = days(year: year, month: monthOfYear, day: 1)
        let next = monthOfYear == 12 ? days(year: year + 1, month: 1, day: 1) : days(year: year, month: monthOfYear + 1, day: 1)
        let span = (next - start) * 86_400
        return start * 86_400 + (number - 1) * span / 99_999
    }

    /// `Mon, 2 Apr 2007 19:18:42 GMT`, as Kaggle writes `versions[].created`.
    static func rfc822(_ seconds: Int) -> String {
        let dayNumber = seconds / 86_400, second = seconds % 86_400
        let (year, month, day) = civil(dayNumber)
        let time = String(format: "%02d:%02d:%02d", second / 3_600, second / 60 % 60, second % 60)
        return "\(weekdays[dayNumber % 7]), \(day) \(months[month - 1]) \(year) \(time) GMT"
    }

    /// `2007-04-02`, as Kaggle writes `update_date`.
    static func iso(_ seconds: Int) -> String {
        let (year, month, day) = civil(seconds / 86_400)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Days since 1970-01-01 of a date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        Day(year: year, month: month, day: day)!.daysSinceEpoch
    }

    /// The inverse of `days`.
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let date = Day(daysSinceEpoch: days)
        return (date.year, date.month, date.day)
    }
}
