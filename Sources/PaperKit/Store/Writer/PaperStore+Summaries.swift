/// A summary to store, as the model returned it.
public struct NewSummary: Sendable, Equatable {
    public var arxivID: String
    public var version: Int?
    public var model: String
    public var promptHash: String
    public var input: SummaryInput
    public var text: String
    public var promptTokens: Int?
    public var completionTokens: Int?

    public init(arxivID: String, version: Int?, model: String, promptHash: String, input: SummaryInput, text: String,
                promptTokens: Int? = nil, completionTokens: Int? = nil) {
        self.arxivID = arxivID
        self.version = version
        self.model = model
        self.promptHash = promptHash
        self.input = input
        self.text = text
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}

/// What a summary was made from.
public enum SummaryInput: String, Sendable, Equatable {
    case abstract, fulltext
}

extension PaperStore {
    /// Whether the paper already has a summary of this version by this model and prompt.
    public func hasSummary(arxivID: String, version: Int?, model: String, promptHash: String) throws -> Bool {
        try statement("""
            SELECT 1 FROM summaries s JOIN papers p ON p.id = s.paper_id
            WHERE p.arxiv_id = ? AND s.version IS ? AND s.model = ? AND s.prompt_hash = ?
            """).first([.text(arxivID), .optional(version), .text(model), .text(promptHash)]) { _ in true } ?? false
    }

    /// Stores a summary and re-indexes the paper so `summary:` searches find it, in one transaction.
    public func saveSummary(_ summary: NewSummary, now: String = Timestamp.now()) throws {
        try transaction {
            guard let id = ArxivID(summary.arxivID), let paper = try storedPaper(id) else {
                throw StoreError.unknownPaper(id: summary.arxivID)
            }
            try unindexDocument(paper.rowID)
            try statement("""
                INSERT INTO summaries (paper_id, version, model, prompt_hash, input, text, prompt_tokens, completion_tokens, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (paper_id, version, model, prompt_hash) DO UPDATE SET
                    input = excluded.input, text = excluded.text, prompt_tokens = excluded.prompt_tokens,
                    completion_tokens = excluded.completion_tokens, created_at = excluded.created_at
                """).run([.int(paper.rowID), .optional(summary.version), .text(summary.model), .text(summary.promptHash),
                          .text(summary.input.rawValue), .text(summary.text), .optional(summary.promptTokens),
                          .optional(summary.completionTokens), .text(now)])
            try indexDocument(paper.rowID)
        }
    }

    /// Records a failed attempt with its reason.
    public func recordSummaryFailure(arxivID: String, version: Int?, model: String, error: String,
                                     now: String = Timestamp.now()) throws {
        try statement("""
            INSERT INTO summary_failures (paper_id, version, model, error, created_at)
            SELECT id, ?, ?, ?, ? FROM papers WHERE arxiv_id = ?
            """).run([.optional(version), .text(model), .text(error), .text(now), .text(arxivID)])
    }
}
