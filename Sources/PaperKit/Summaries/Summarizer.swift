import Foundation

/// Summarizes papers once per version, model and prompt: up to `maxWorkers` LLM requests at a
/// time, each summary committed as it arrives, failures recorded and reported, never fatal.
public final class Summarizer {
    /// Something worth showing while a run goes on.
    public enum Event: Sendable {
        case summarized(String, done: Int, of: Int)
        case failed(String, String)
        case fullTextUnavailable(String)
        /// The configured `prompt_file` does not exist, so the built-in prompt is used (as the old bot did).
        case promptFileMissing(path: String)
    }

    private let store: PaperStore
    private let chat: ChatClient
    private let prompt: SummaryPrompt
    private let input: SummaryInput
    private let fullText: FullTextSource?
    private let maxWorkers: Int
    public var onEvent: ((Event) -> Void)?

    public init(store: PaperStore, chat: ChatClient, prompt: SummaryPrompt, input: SummaryInput,
                fullText: FullTextSource?, maxWorkers: Int) {
        self.store = store
        self.chat = chat
        self.prompt = prompt
        self.input = input
        self.fullText = fullText
        self.maxWorkers = max(1, maxWorkers)
    }

    /// Summarizes `papers` (in order), skipping those already summarized unless `force`.
    public func summarize(_ papers: [PaperResult], force: Bool = false) throws -> SummarizeReport {
        let started = Date()
        if let path = prompt.missingFile { onEvent?(.promptFileMissing(path: path)) }
        var report = SummarizeReport(model: chat.model)
        var todo: [PaperResult] = []
        for paper in papers {
            if !force, try store.hasSummary(arxivID: paper.arxivID, version: paper.version, model: chat.model, promptHash: prompt.hash) {
                report.skipped += 1
            } else {
                todo.append(paper)
            }
        }
        if input == .fulltext, fullText?.pdftotext == nil {
            onEvent?(.fullTextUnavailable("pdftotext is not installed (apt-get install poppler-utils); summarizing abstracts instead"))
        }
        let results = WorkerResults<(PaperResult, Result<NewSummary, Error>)>()
        let work = WorkQueue(todo)
        let request = SummaryRequest(chat: chat, prompt: prompt, input: input, fullText: fullText)
        let workers = (0..<min(maxWorkers, todo.count)).map { _ in
            Thread {
                while let paper = work.next() { results.send((paper, Result { try request.summary(of: paper) })) }
                results.workerDone()
            }
        }
        results.expectWorkers(workers.count)
        workers.forEach { $0.start() }
        do {
            while let (paper, outcome) = results.next() {
                switch outcome {
                case let .success(summary):
                    try store.saveSummary(summary)
                    report.summarized += 1
                    onEvent?(.summarized(paper.versionedID, done: report.summarized + report.failed.count, of: todo.count))
                case let .failure(error):
                    let message = (error as? any ArxivBotError)?.message ?? "\(error)"
                    try store.recordSummaryFailure(arxivID: paper.arxivID, version: paper.version, model: chat.model, error: message)
                    report.failed.append((paper.versionedID, message))
                    onEvent?(.failed(paper.versionedID, message))
                }
            }
        } catch {
            // The store cannot take results: ask the paid API for nothing more, and let the
            // workers finish the requests in flight before giving up.
            work.cancel()
            while results.next() != nil {}
            throw error
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }
}

/// What a summarize run did.
public struct SummarizeReport: Sendable {
    public var model: String
    public var summarized = 0
    public var skipped = 0
    public var failed: [(id: String, reason: String)] = []
    public var seconds = 0.0

    /// `summarized 13 papers with qwen-long (2 skipped: already summarized, 0 failed) in 48 s`
    public var summary: String {
        "summarized \(summarized) paper\(summarized == 1 ? "" : "s") with \(model) (\(skipped) skipped: already summarized, "
            + "\(failed.count) failed) in \(Int(seconds.rounded())) s"
    }
}
