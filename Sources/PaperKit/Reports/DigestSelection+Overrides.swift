extension DigestSelection {
    /// Applies the command line's overrides of the configured rule, validating each value.
    /// `types` items may be comma lists (`new,cross`); `categories` replace the configured ones.
    public mutating func override(types: [String] = [], minScore: Double? = nil, limit: Int? = nil,
                                  categories: [String] = []) throws {
        let names = types.flatMap { $0.split(separator: ",") }.map { String($0).trimmingWhitespace() }
        if !names.isEmpty {
            self.types = try names.map { name in
                guard let type = AnnounceType(rawValue: name) else { throw ReportError.badType(name) }
                return type
            }
        }
        if let minScore {
            guard minScore.isFinite else { throw ReportError.badMinScore("\(minScore)") }
            self.minScore = minScore
        }
        if let limit {
            guard limit >= 1 else { throw ReportError.badLimit(limit) }
            self.limit = limit
        }
        if !categories.isEmpty {
            for category in categories where !Category.isWellFormed(category) { throw ReportError.badCategory(category) }
            self.categories = categories
        }
    }
}
