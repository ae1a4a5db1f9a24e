/// The records of one source that could not be read: how many, and the first reasons.
public struct SkipLog: Sendable, Equatable {
    /// How many reasons are kept (and printed, and stored in the ledger); the rest are counted.
    public static let keptReasons = 20

    /// Skipped records, all of them.
    public private(set) var count = 0
    /// The first `keptReasons` skips, each `file:line: reason`.
    public private(set) var reasons: [String] = []

    public init() {}

    mutating func add(_ error: FeedError) {
        count += 1
        if reasons.count < Self.keptReasons { reasons.append(Self.reason(error)) }
    }

    /// `dump.jsonl:500: not valid json`: where the record is and why it was skipped.
    static func reason(_ error: FeedError) -> String {
        switch error {
        case let .badJSONLine(source, line, reason), let .badRecord(source, line, reason): return "\(source):\(line): \(reason)"
        default: return error.message
        }
    }

    /// The warning lines for the user: one per kept reason, then `and N more` when there are more.
    public var warnings: [String] {
        let more = count - reasons.count
        return reasons.map { "\($0) (skipped)" } + (more > 0 ? ["and \(more) more skipped records"] : [])
    }
}
