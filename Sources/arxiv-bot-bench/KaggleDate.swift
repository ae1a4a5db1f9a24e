import Foundation

/// The dates of the synthetic Kaggle lines, as seconds since 1970 (UTC), with the two spellings
/// the dump uses. Computed with civil-calendar arithmetic rather than a DateFormatter, which would
/// cost more than the rest of a line for 2.7 million lines.
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

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `days` (`civil_from_days`).
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
