extension DigestSelection {
    /// Applies the command line's overrides of the configured rule, validating each value.
    /// `types` items may be comma lists (`new,cross`); `categories` replace the configured ones.
    public mutating func override(types: [String] = [], minScore: Double? = nil, limit: Int? = nil,
                                  categories: [String] = []) throws {
        let parsed = try PaperFilter.announceTypes(types, option: "--types")
        if !parsed.isEmpty { self.types = parsed }
        if let minScore = try PaperFilter.minScore(minScore, option: "--min-score") { self.minScore = minScore }
        if let limit {
            guard limit >= 1 else { throw ReportError.badLimit(limit) }
            self.limit = limit
        }
        if !categories.isEmpty { self.categories = try PaperFilter.categories(categories, option: "--category") }
    }
}
