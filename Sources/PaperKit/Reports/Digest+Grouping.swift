/// A section of the digest template: one day (with its status) or one primary category.
public struct DigestGroup: Sendable {
    public var title: String
    /// The day's status when grouped by day.
    public var status: DayStatus?
    public var entries: [DigestEntry]
}

extension Digest {
    /// The selected papers in sections, each in selection order (best first). By day, every day
    /// of the range is a section, even without papers, so closed and missing days are named.
    public func groups(by group: ReportGroup) -> [DigestGroup] {
        switch group {
        case .day:
            var byDay: [Day: [DigestEntry]] = [:]
            for entry in entries { if let day = entry.paper.date { byDay[day, default: []].append(entry) } }
            return statistics.days.map {
                DigestGroup(title: ReportText.dayHeading($0.day), status: $0, entries: byDay[$0.day] ?? [])
            }
        case .category:
            var byCategory: [String: [DigestEntry]] = [:]
            for entry in entries { byCategory[entry.paper.primaryCategory ?? "(none)", default: []].append(entry) }
            return byCategory.keys.sorted().map { DigestGroup(title: $0, status: nil, entries: byCategory[$0] ?? []) }
        }
    }
}
