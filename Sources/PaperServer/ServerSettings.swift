import Foundation
import PaperKit

/// Everything `PaperServer` needs to know, decided by the command line and the configuration.
public struct ServerSettings: Sendable {
    /// 127.0.0.1 unless the user names another address.
    public var host = "127.0.0.1"
    /// 0 picks a free port (tests).
    public var port = 8080
    /// The store; requests open it read-only, never migrating it.
    public var databasePath: String
    public var configuration: Configuration
    /// Run the daily ingest at this UTC time inside the server.
    public var ingestAt: DailyTime?
    /// Results per page of the search page and the default `limit` of `/api/search`.
    public var pageSize = 20
    /// "Now", injected so tests render feeds for a fixed instant.
    public var now: @Sendable () -> Date = { Date() }

    public init(databasePath: String, configuration: Configuration) {
        self.databasePath = databasePath
        self.configuration = configuration
    }
}

/// Limits on what a request may send: anything longer is refused before it reaches the store.
enum RequestLimits {
    /// Whole request target (path and query), in bytes; longer gets 414.
    static let uriBytes = 4_096
    /// One query parameter value, in characters.
    static let parameterCharacters = 512
    /// A path parameter (an arXiv ID or a category), in characters.
    static let pathCharacters = 64
    /// Query parameters per request.
    static let parameterCount = 32
    /// Deepest result offset `/api/search` and the search page serve.
    static let maxOffset = 10_000
    static let maxLimit = 100
}
