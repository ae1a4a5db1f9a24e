/// Day extraction from the date spellings arXiv sources use.
enum FeedDates {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The calendar day of an RFC 822 date in its own offset: `Mon, 27 Jul 2026 00:00:00 -0400` -> 2026-07-27.
    /// The announcement day is the day arXiv wrote, so the offset is deliberately not applied.
    static func rfc822Day(_ text: String) -> Day? {
        var parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        if let first = parts.first, first.hasSuffix(",") || Int(first) == nil { parts.removeFirst() }
        guard parts.count >= 3, let d = Int(parts[0]),
              let m = months.firstIndex(of: String(parts[1].prefix(3)).lowercased()),
              let y = Int(parts[2]) else { return nil }
        return Day(year: y < 100 ? y + (y < 50 ? 2000 : 1900) : y, month: m + 1, day: d)
    }

    /// ISO 8601 (`2026-03-19T17:59:51Z`) or RFC 822, whichever the text is.
    static func day(_ text: String?) -> Day? {
        guard let text else { return nil }
        return Day(iso: text) ?? rfc822Day(text)
    }
}
