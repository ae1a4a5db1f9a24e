import Foundation

/// Source -> parse -> score -> store, one source at a time, each with its own ledger row.
///
/// A source is read on a parser thread that scores as it goes and hands scored batches to this
/// thread, which writes them in a `WriteSession` committed by `commitPolicy`. A daily feed is
/// one transaction; a bulk file commits in batches, each with its resume point, so running the
/// same command again after a crash continues after the last commit. A record that cannot be read
/// is skipped and counted; a source that fails keeps what it committed and the others go on.
public final class Ingestor {
    /// Something worth showing while a run goes on.
    public enum Event: Sendable {
        case started(FeedSource)
        /// Records read so far (a resumed file: since the start of the file), and for a JSON lines
        /// file an estimate of its total from the bytes read.
        case progress(FeedSource, records: Int, estimatedTotal: Int?)
        /// The file's import stopped before; it continues after `point`.
        case resuming(FeedSource, ResumePoint)
        /// The file's import stopped before, but the file is not the same now: it is read anew.
        case startingOver(FeedSource, reason: String)
        /// Something the user should know about the data, e.g. records without any date.
        case note(FeedSource, String)
        case finished(SourceReport)
    }

    let store: PaperStore
    let scorer: Scorer
    let http: HTTPClient?
    /// When the sources commit; every `ingest` source uses `.batches`.
    public var commitPolicy = CommitPolicy.batches
    /// Forget the resume points of the files, and read them from the start.
    public var restart = false
    /// Called on the calling thread as sources start, progress and finish.
    public var onEvent: ((Event) -> Void)?

    /// `http` may be nil when only local files are ingested.
    public init(store: PaperStore, scorer: Scorer, http: HTTPClient?) {
        self.store = store
        self.scorer = scorer
        self.http = http
    }

    /// Ingests every source in order and reports on each, then brings the search bounds up to
    /// date (`refreshSearchBounds`). Only a store that cannot record the run (or build the
    /// bounds) throws; a failing source is reported, never thrown.
    public func ingest(_ sources: [FeedSource]) throws -> IngestReport {
        var report = IngestReport()
        for source in sources {
            onEvent?(.started(source))
            let started = Date()
            let runID = try store.beginRun(source: source.description)
            var run = RunRecord(status: .running)
            var failure: (any ArxivBotError)?
            var skips = SkipLog()
            do {
                skips = try ingest(source, runID: runID, into: &run)
            } catch {
                var cause = error
                if let partial = error as? ImportFailure {
                    cause = partial.error
                    skips = partial.committed.skips
                    Self.record(partial.committed, base: partial.resumedFrom, into: &run)
                } else {
                    (run.recordsSeen, run.papersNew, run.papersUpdated, run.announcementsNew) = (0, 0, 0, 0)
                }
                failure = cause as? any ArxivBotError ?? IngestError.unexpected(source: source.description, error: "\(cause)")
                run.status = .failed
                run.error = failure?.message
            }
            try store.finishRun(runID, run)
            let sourceReport = SourceReport(source: source, run: run, error: failure, seconds: Date().timeIntervalSince(started),
                                            skips: skips)
            report.sources.append(sourceReport)
            onEvent?(.finished(sourceReport))
        }
        // After every source, so a big import builds the bounds once, over everything it added.
        report.searchBounds = try store.refreshSearchBounds()
        return report
    }

    /// Reads one source into the store; returns what it skipped.
    private func ingest(_ source: FeedSource, runID: Int64, into run: inout RunRecord) throws -> SkipLog {
        switch source {
        case let .file(path):
            return try importFile(path, source: source, runID: runID, into: &run)
        case let .url(url) where url.hasPrefix("file://"):
            return try importFile(String(url.dropFirst("file://".count)), source: source, runID: runID, into: &run)
        case let .url(url):
            try store.closeInterruptedRuns(source: url, reason: "fetched again by run \(runID)")
            guard let http else { throw IngestError.noNetwork(url: url) }
            guard let address = URL(string: url) else { throw IngestError.badURL(url: url) }
            let validators = try store.cacheValidators(for: url)
            let response = try http.get(address, validators: validators ?? .none)
            run.httpStatus = response.status
            if response.status == 304 {
                run.status = .notModified
                (run.etag, run.lastModified) = (validators?.etag, validators?.lastModified)
                return SkipLog()
            }
            if response.status >= 400 { throw Self.explain(response, url: url) }
            (run.etag, run.lastModified) = (response.etag, response.lastModified)
            let body = response.body
            return try importSource(source, runID: runID, resume: nil, into: &run) { control, emit in
                try FeedParser.parse(data: body, source: url, control: control, emit)
            }
        }
    }

    /// An error status: the arXiv API explains its errors in an Atom body; anything else is
    /// reported by its status.
    static func explain(_ response: HTTPResponse, url: String) -> any ArxivBotError {
        do {
            _ = try FeedParser.parse(data: response.body, source: url) { _ in }
        } catch let error as FeedError {
            if case .apiError = error { return error }
        } catch {}
        return HTTPError.status(url: url, status: response.status)
    }
}

/// Ingest failures that belong to no other area.
public enum IngestError: ArxivBotError {
    case noNetwork(url: String)
    case badURL(url: String)
    case unexpected(source: String, error: String)

    public var errorDescription: String? {
        switch self {
        case let .noNetwork(url): return "\(url): no HTTP client configured for this run; pass a local file instead"
        case let .badURL(url): return "\(url) is not a valid URL; check it (or feeds.rss_url in the configuration, for the daily feed)"
        case let .unexpected(source, error): return "\(source): unexpected failure: \(error); please report it with the command that caused it"
        }
    }

    public var exitCode: ExitStatus {
        switch self {
        case .noNetwork: return .unavailable
        case .badURL: return .config
        case .unexpected: return .failure
        }
    }
}
