import ArgumentParser
import Foundation
import PaperKit
import PaperServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve feeds, a search page and a JSON API from the store over HTTP.",
        discussion: """
            Endpoints: / (search), /papers/{id}, /rss, /rss/{category}, /atom, /atom/{category}, /digest, \
            /api/search, /api/papers/{id}, /trends, /api/trends, /export.csv, /health.

            Binds 127.0.0.1 unless --host says otherwise. Stops cleanly on Ctrl-C or SIGTERM.
            """
    )

    @OptionGroup var common: CommonOptions
    @Option(help: "The address to listen on (0.0.0.0 for every interface).") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0 picks a free one).") var port = 8080
    @Option(name: .customLong("ingest-at"), help: "Also run the daily ingest (and summaries when enabled) at this UTC time, HH:MM.")
    var ingestAt: String?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if let ingestAt, DailyTime(ingestAt) == nil { throw ValidationError("--ingest-at \(ingestAt) is not a time; use HH:MM (UTC), e.g. 05:30") }
    }

    func run() async throws {
        // Opening the workspace migrates an older store once, before requests open it read-only.
        let (configPath, databasePath, configuration) = try {
            let workspace = try common.openExistingWorkspace()
            return (workspace.configPath, workspace.databasePath, workspace.configuration)
        }()
        var settings = ServerSettings(databasePath: databasePath, configuration: configuration)
        (settings.host, settings.port, settings.ingestAt) = (host, port, ingestAt.flatMap(DailyTime.init))
        let server = PaperServer(settings: settings, configPath: configPath)
        let host = self.host
        let application = try Console.run { try server.makeApplication { port in
            Console.note("serving \(databasePath) on http://\(host):\(port.map(String.init) ?? "?")/ (Ctrl-C to stop)")
        } }
        try await application.runService()
        Console.note("stopped")
    }
}
