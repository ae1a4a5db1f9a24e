/// The checks every front end (command line, server, report overrides) applies to the values a
/// user gives for a filter. `option` is the name the user typed (`--type`, or `type` in a URL),
/// so the `ReportError` names it.
extension PaperFilter {
    /// Announce types from names, each item possibly a comma list (`new,cross`).
    public static func announceTypes(_ names: [String], option: String) throws -> [AnnounceType] {
        try names.flatMap { $0.split(separator: ",") }.map { String($0).trimmingWhitespace() }.map { name in
            guard let type = AnnounceType(rawValue: name) else { throw ReportError.badType(option: option, name: name) }
            return type
        }
    }

    /// The category names as given, each checked for an arXiv category's shape.
    public static func categories(_ names: [String], option: String) throws -> [String] {
        if let bad = names.first(where: { !Category.isWellFormed($0) }) { throw ReportError.badCategory(option: option, name: bad) }
        return names
    }

    /// A finite minimum score (NaN or infinity would match nothing, or everything, silently).
    public static func minScore(_ value: Double?, option: String) throws -> Double? {
        if let value, !value.isFinite { throw ReportError.badMinScore(option: option, value: "\(value)") }
        return value
    }

    /// Checks that the date range is not backwards.
    public static func checkOrder(since: Day?, until: Day?) throws {
        if let since, let until, since > until { throw ReportError.reversedRange(from: since, to: until) }
    }
}
