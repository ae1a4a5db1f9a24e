import Foundation
import Hummingbird
import Logging
import PaperKit
import ServiceLifecycle

/// `arxiv-bot serve`: the store's feeds, a search page and a JSON API over HTTP, plus the daily
/// ingest when scheduled. Requests read through their own read-only connections, so an ingest
/// (in this process or another) writes at the same time.
public struct PaperServer: Sendable {
    public let settings: ServerSettings
    /// The configuration file the scheduled ingest reads again before each run.
    public let configPath: String
    public let logger: Logger

    public init(settings: ServerSettings, configPath: String, logger: Logger = Logger(label: "arxiv-bot.serve")) {
        self.settings = settings
        self.configPath = configPath
        self.logger = logger
    }

    /// The router with every endpoint behind the security middleware. Opens the store read-only
    /// now, so a missing or outdated store fails here with its PaperKit error.
    public func makeRouter() throws -> Router<BasicRequestContext> {
        // HEAD answers every GET route with the GET's headers and no body.
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.middlewares.add(SecurityMiddleware(logger: logger))
        try PaperRoutes(settings: settings, logger: logger).register(on: router)
        return router
    }

    /// The application: the HTTP server and, with `ingestAt`, the daily ingest as a service of
    /// the same service group (both stop together on shutdown). `onRunning` gets the bound port.
    public func makeApplication(onRunning: @escaping @Sendable (Int?) async -> Void = { _ in }) throws -> some ApplicationProtocol {
        var services: [any Service] = []
        if let note = settings.daysBackNote { logger.notice("\(note)") }
        if let time = settings.ingestAt {
            let job = DailyIngestJob(configPath: configPath, databasePath: settings.databasePath, logger: logger)
            let log = logger
            services.append(ScheduledIngestService(time: time, now: settings.now, job: { await job.run() },
                                                   onScheduled: { log.info("next scheduled ingest: \(Timestamp.string(from: $0))") }))
        }
        return Application(
            router: try makeRouter(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "arxiv-bot"),
            services: services,
            onServerRunning: { channel in await onRunning(channel.localAddress?.port) },
            logger: logger
        )
    }
}
