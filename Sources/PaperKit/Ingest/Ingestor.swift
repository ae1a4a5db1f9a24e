import Foundation

/// Source -> parse -> score -> store. Each source is one transaction and one ledger row: a
/// source that fails is rolled back alone and recorded with its reason; the others go on.
public final class Ingestor {
    /// Something worth showing while a run goes on.
    public enum Event: Sendable {
        case started(FeedSource)
        case progress(FeedSource, records: Int)
        case finished(SourceReport)
    }

    private let store: PaperStore
    private let scorer: Scorer
    private let http: HTTPClient?
    /// Called on the calling thread as sources start, progress and finish.
    public var onEvent: ((Event) -> Void)?

    /// `http` may be nil when only local files are ingested.
    public init(store: PaperStore, scorer: Scorer, http: HTTPClient?) {
        self.store = store
        self.scorer = scorer
        self.http = http
    }

    /// Ingests every source in order and reports on each. Only a store that cannot record the
    /// run at all throws; a failing source is reported, never thrown.
    public func ingest(_ sources: [FeedSource]) throws -> IngestReport {
        var report = IngestReport()
        for source in sources {
            onEvent?(.started(source))
            let started = Date()
            let runID = try store.beginRun(source: source.description)
            var run = RunRecord(status: .running)
            var failure: (any ArxivBotError)?
            do {
                try ingest(source, runID: runID, into: &run)
            } catch {
                failure = error as? any ArxivBotError ?? IngestError.unexpected(source: source.description, error: "\(error)")
                run.status = .failed
                run.error = failure?.message
                (run.recordsSeen, run.papersNew, run.papersUpdated, run.announcementsNew) = (0, 0, 0, 0)
            }
            try store.finishRun(runID, run)
            let sourceReport = SourceReport(source: source, run: run, error: failure, seconds: Date().timeIntervalSince(started))
            report.sources.append(sourceReport)
            onEvent?(.finished(sourceReport))
        }
        return report
    }

    private func ingest(_ source: FeedSource, runID: Int64, into run: inout RunRecord) throws {
        switch source {
        case let .file(path):
            try storeRecords(from: source, runID: runID, into: &run) { emit in try FeedParser.parse(file: path, emit) }
        case let .url(url) where url.hasPrefix("file://"):
            let path = String(url.dropFirst("file://".count))
            try storeRecords(from: source, runID: runID, into: &run) { emit in try FeedParser.parse(file: path, emit) }
        case let .url(url):
            guard let http else { throw IngestError.noNetwork(url: url) }
            guard let address = URL(string: url) else { throw IngestError.badURL(url: url) }
            let validators = try store.cacheValidators(for: url)
            let response = try http.get(address, validators: validators ?? .none)
            run.httpStatus = response.status
            if response.status == 304 {
                run.status = .notModified
                (run.etag, run.lastModified) = (validators?.etag, validators?.lastModified)
                return
            }
            if response.status >= 400 { throw Self.explain(response, url: url) }
            (run.etag, run.lastModified) = (response.etag, response.lastModified)
            let body = response.body
            try storeRecords(from: source, runID: runID, into: &run) { emit in
                try FeedParser.parse(data: body, source: url, emit)
            }
        }
    }

    /// Parses on a second thread (with scoring) while this thread writes, in one transaction.
    private func storeRecords(from source: FeedSource, runID: Int64, into run: inout RunRecord,
                              parse: @escaping @Sendable (_ emit: (PaperRecord) throws -> Void) throws -> FeedInfo) throws {
        let (info, counts) = try store.transaction {
            try store.writeScored(runID: runID, scorer: scorer, progress: { self.onEvent?(.progress(source, records: $0)) },
                                  parse: parse)
        }
        run.status = .ok
        run.recordsSeen = counts.written
        run.papersNew = counts.papersNew
        run.papersUpdated = counts.papersUpdated
        run.announcementsNew = counts.announcementsNew
        run.format = info.format.rawValue
        run.feedDate = info.buildDate
        run.announced = info.day
        run.feed = info.feedName
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

    public var exitCode: ExitCode {
        switch self {
        case .noNetwork: return .unavailable
        case .badURL: return .config
        case .unexpected: return .failure
        }
    }
}
