/// A name with a count, for the statistics lists (category, announce type, keyword, author).
public struct CountedName: Sendable, Equatable {
    public var name: String
    public var count: Int

    public init(_ name: String, _ count: Int) {
        self.name = name
        self.count = count
    }
}

/// The numbers a digest header shows for its range, computed with a few aggregate queries.
public struct DigestStatistics: Sendable, Equatable {
    /// Papers dated in the range, whatever their category, type or score.
    public var papersInRange = 0
    /// Papers in the range by primary category, most first.
    public var perCategory: [CountedName] = []
    /// Announcements recorded on the range's days, by announce type, most first.
    public var perType: [CountedName] = []
    /// Papers that passed the selection, before the limit.
    public var passedFilter = 0
    /// Keywords by how many passing papers hit them, most first.
    public var topKeywords: [CountedName] = []
    /// Authors by how many passing papers they wrote, most first.
    public var topAuthors: [CountedName] = []
    /// One entry per day of the range.
    public var days: [DayStatus] = []

    public init() {}

    /// Days arXiv announced but the history has nothing for: the ingest missed them.
    public var missingDays: [Day] { days.filter { $0.kind == .missing }.map(\.day) }
}
