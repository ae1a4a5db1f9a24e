import Foundation

/// What to backfill: a range of days for the configured categories, through OAI-PMH or the API.
public struct BackfillRequest: Sendable, Equatable {
    /// Which arXiv interface serves the backfill.
    public enum Via: String, Sendable, CaseIterable {
        /// OAI-PMH `ListRecords`, the interface arXiv asks bulk harvesters to use. Selects by
        /// datestamp (the day a record's metadata last changed, normally its announcement).
        case oai
        /// The search API, selecting by v1 submission time (`submittedDate`).
        case api

        /// `OAI-PMH` or `API`, for messages.
        public var label: String { self == .oai ? "OAI-PMH" : "API" }
    }

    public var via: Via
    public var from: Day
    public var to: Day
    /// Only records listed in at least one of these are kept.
    public var categories: [String]
    /// Forget any saved progress of this job and start at its first page.
    public var restart: Bool
    /// OAI: harvest `arXivRaw` (every version with its date) instead of `arXiv` (v1 and last-updated days only).
    public var versions = false
    /// API: results per page (arXiv allows up to 2000).
    public var pageSize: Int
    /// API: the most results one query may reach; a window reporting more is split in halves.
    public var resultLimit: Int

    public init(via: Via = .oai, from: Day, to: Day, categories: [String], restart: Bool = false,
                pageSize: Int = 2000, resultLimit: Int = 30_000) {
        self.via = via
        self.from = from
        self.to = to
        self.categories = categories
        self.restart = restart
        self.pageSize = max(1, min(pageSize, 2000))
        self.resultLimit = max(1, resultLimit)
    }

    /// OAI sets to harvest: one per archive of the configured categories (`cs.AI`, `cs.CL` -> `cs`), in order.
    public var sets: [String] {
        var seen = Set<String>()
        return categories.map(Category.archive(of:)).filter { seen.insert($0).inserted }
    }

    /// The OAI metadata format to ask for.
    public var metadataPrefix: String { versions ? "arXivRaw" : "arXiv" }

    /// Days in the range, inclusive.
    public var dayCount: Int { to.daysSinceEpoch - from.daysSinceEpoch + 1 }

    /// Identifies the job in `backfill_state`: the same command (same interface, range, sets and
    /// categories) finds its saved progress; anything else is a different job.
    public var jobKey: String {
        let scope = via == .oai ? "sets=\(sets.joined(separator: ","))\(versions ? " arXivRaw" : "") " : ""
        return "\(via.rawValue) \(from)..\(to) \(scope)categories=\(categories.sorted().joined(separator: ","))"
    }

    /// `31 days, cs (1 set)` or `31 days, cs.AI cs.CL`: what the progress line says is being fetched.
    public var scopeDescription: String {
        let days = "\(dayCount) day\(dayCount == 1 ? "" : "s")"
        switch via {
        case .oai: return "\(days), \(sets.joined(separator: " ")) (\(sets.count) set\(sets.count == 1 ? "" : "s"))"
        case .api: return "\(days), \(categories.joined(separator: " "))"
        }
    }

    /// Whether a record belongs to the configured categories.
    func keeps(_ record: PaperRecord) -> Bool {
        record.categories.contains { categories.contains($0) } || record.primaryCategory.map(categories.contains) == true
    }
}
