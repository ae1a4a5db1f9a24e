import Foundation

/// A configuration and the store it points at, opened in that order so an invalid
/// configuration is rejected before the database is created or touched.
public final class Workspace {
    public let configuration: Configuration
    /// As given; relative paths inside the file are resolved against its folder.
    public let configPath: String
    /// The one passed to `init` as given, else the file's `database`, else `papers.db`, both resolved
    /// against the config file's folder.
    public let databasePath: String
    /// Opened on `databasePath` and migrated to the current schema.
    public let store: PaperStore

    /// Loads the configuration at `configPath`, then opens (creating if needed) the store at
    /// `databasePath` or, when nil, where the configuration says.
    /// With `mustExist`, a missing database is an error (for commands that only read). `check`
    /// sees the configuration first, so what the command cannot run with (no categories for a
    /// daily ingest) is refused before the store is created.
    public init(configPath: String, databasePath: String? = nil, mustExist: Bool = false,
                check: (Configuration) throws -> Void = { _ in }) throws {
        let configuration = try Configuration.load(from: configPath)
        try check(configuration)
        self.configuration = configuration
        self.configPath = configPath
        self.databasePath = configuration.databasePath(explicit: databasePath)
        if mustExist && !FileManager.default.fileExists(atPath: self.databasePath) {
            throw StoreError.missing(path: self.databasePath)
        }
        store = try PaperStore(path: self.databasePath)
    }

    /// The scorer for the configured keywords and match mode.
    public var scorer: Scorer { Scorer(configuration: configuration) }

    /// The one HTTP client of this process, with the configured politeness towards arXiv.
    /// `onRetry` is told about every retry wait (for a progress line).
    public func makeHTTPClient(onRetry: HTTPClient.RetryObserver? = nil,
                               isCancelled: (@Sendable () -> Bool)? = nil) -> HTTPClient {
        let feeds = configuration.feeds
        var options = HTTPOptions()
        options.userAgent = feeds.userAgent
        options.timeoutSeconds = feeds.timeoutSeconds
        options.maxRetries = feeds.maxRetries
        return HTTPClient(options: options, rateLimiter: RateLimiter.arxiv(interval: feeds.requestDelaySeconds),
                          onRetry: onRetry, isCancelled: isCancelled)
    }

    /// An ingestor over this store with its own client from `makeHTTPClient()` (the shared arXiv rate limiter).
    public func makeIngestor() -> Ingestor {
        Ingestor(store: store, scorer: scorer, http: makeHTTPClient())
    }

    /// A backfiller over this store, fetching from `feeds.oai_url` / `feeds.api_url` through `http`
    /// (pass the run's one client, so every arXiv request shares its rate limiter).
    public func makeBackfiller(http: HTTPClient) -> Backfiller {
        Backfiller(store: store, scorer: scorer, http: http,
                   endpoints: .init(oai: configuration.feeds.oaiURL, api: configuration.feeds.apiURL))
    }
}
