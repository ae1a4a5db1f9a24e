import Foundation

/// The windows of a rising-terms search: the last `days` days ending `today`, and the `3 × days`
/// days before them, under the same filter (its date bounds are replaced by the windows).
public struct RisingTermsRequest: Sendable {
    /// The last `days` days, ending today.
    public var recent: DigestRange
    /// The `3 × days` days before `recent`.
    public var before: DigestRange
    /// Categories, authors, ...: applied to both windows.
    public var filter: PaperFilter
    /// How many terms at most.
    public var limit: Int
    /// A term must be in at least this many titles of the recent window, so a word seen twice
    /// (and never before) does not top the list on an infinite growth.
    public var minimumCount = 5

    /// Throws `ReportError.badDays` unless `days` is from 1 to a quarter of `DigestRange.maxDays`.
    public init(days: Int, filter: PaperFilter = PaperFilter(), limit: Int = 20, today: Day) throws {
        guard (1...DigestRange.maxDays / 4).contains(days) else { throw ReportError.badDays(days) }
        recent = try DigestRange.last(days, endingOn: today)
        before = try DigestRange(from: recent.from.adding(days: -3 * days), to: recent.from.adding(days: -1))
        self.filter = filter
        self.limit = limit
    }
}

/// A term whose share of titles grew: in how many titles of each window it occurs, and the growth.
public struct RisingTerm: Sendable, Equatable {
    /// A word or two words, lowercase (`TitleTerms`).
    public var term: String
    /// Titles of the recent window holding the term, and their share of its titles.
    public var recentCount: Int
    public var recentShare: Double
    /// The same for the earlier window.
    public var beforeCount: Int
    public var beforeShare: Double
    /// `(recent + 1) / (recentTitles + 1)` over `(before + 1) / (beforeTitles + 1)`: add-one
    /// smoothing, so a term new in the recent window has a finite growth that rises with its count.
    public var growth: Double
}

/// Finds the title terms (`TitleTerms`) whose document share rose most from the earlier window
/// to the recent one, reading each title once.
public struct RisingTerms {
    public let store: PaperStore

    /// Rising terms of the papers in `store`.
    public init(store: PaperStore) { self.store = store }

    /// The terms with at least `minimumCount` recent titles whose share grew, most growth first
    /// (ties: more recent titles, then alphabetical), at most `limit`.
    public func find(_ request: RisingTermsRequest) throws -> [RisingTerm] {
        var filter = request.filter
        filter.since = request.before.from
        filter.until = request.recent.to
        var recent: [String: Int] = [:], before: [String: Int] = [:]
        var recentTitles = 0, beforeTitles = 0
        try store.forEachTitle(passing: filter) { day, title in
            let isRecent = day >= request.recent.from
            if isRecent { recentTitles += 1 } else { beforeTitles += 1 }
            for term in TitleTerms.terms(of: title) {
                if isRecent { recent[term, default: 0] += 1 } else { before[term, default: 0] += 1 }
            }
        }
        let terms = recent.compactMap { term, count -> RisingTerm? in
            guard count >= request.minimumCount else { return nil }
            let old = before[term] ?? 0
            let growth = (Double(count + 1) / Double(recentTitles + 1)) / (Double(old + 1) / Double(beforeTitles + 1))
            guard growth > 1 else { return nil }
            return RisingTerm(term: term, recentCount: count, recentShare: Double(count) / Double(max(1, recentTitles)),
                              beforeCount: old, beforeShare: Double(old) / Double(max(1, beforeTitles)), growth: growth)
        }
        return Array(terms.sorted {
            ($0.growth, $0.recentCount, $1.term) > ($1.growth, $1.recentCount, $0.term)
        }.prefix(request.limit))
    }

    /// An aligned table: term, recent titles and share, earlier titles and share, growth.
    public static func table(_ terms: [RisingTerm]) -> String {
        let rows = [["term", "recent", "share", "before", "share", "growth"]] + terms.map {
            [$0.term, String($0.recentCount), TrendTable.percent($0.recentShare), String($0.beforeCount),
             TrendTable.percent($0.beforeShare), String(format: "%.1fx", $0.growth)]
        }
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// The terms as a JSON array, keys sorted.
    public static func json(_ terms: [RisingTerm]) -> String {
        JSONText.array(terms.map {
            .object([("term", .string($0.term)), ("recent", .number(Double($0.recentCount))),
                     ("recent_share", .number($0.recentShare)), ("before", .number(Double($0.beforeCount))),
                     ("before_share", .number($0.beforeShare)), ("growth", .number($0.growth))])
        }).rendered(pretty: true) + "\n"
    }
}
