import Foundation

/// Everything one worker thread needs to summarize a paper; shares nothing mutable.
struct SummaryRequest: Sendable {
    let chat: ChatClient
    let prompt: SummaryPrompt
    let input: SummaryInput
    let fullText: FullTextSource?

    /// One request: the paper's metadata, and its full text when asked for and available.
    func summary(of paper: PaperResult) throws -> NewSummary {
        var used = SummaryInput.abstract
        var message = """
            Title: \(paper.title)
            Authors: \(paper.authors.joined(separator: ", "))
            Categories: \(paper.categories.joined(separator: ", "))
            arXiv: \(paper.versionedID)

            Abstract:
            \(paper.abstract)
            """
        if input == .fulltext, let fullText, let text = try fullText.text(of: paper) {
            message += "\n\nFull text:\n" + text
            used = .fulltext
        }
        let completion = try chat.complete(system: prompt.instructions, user: message)
        return NewSummary(arxivID: paper.arxivID, version: paper.version, model: chat.model, promptHash: prompt.hash,
                          input: used, text: completion.text, promptTokens: completion.promptTokens,
                          completionTokens: completion.completionTokens)
    }
}
