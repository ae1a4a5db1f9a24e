import Foundation
import Hummingbird
import HummingbirdTesting
import PaperKit
import TestSupport
@testable import PaperServer

/// A store of real feeds in a temporary folder, the seed configuration, and a server over it
/// whose clock is fixed, so rendered feeds are comparable byte for byte with `report`'s.
final class ServerFixture: @unchecked Sendable {
    let folder: URL
    var configuration: Configuration
    var databasePath: String { folder.appendingPathComponent("papers.db").path }
    /// 2026-08-03T06:00:00Z, a Monday after every fixture day.
    static let now = Date(timeIntervalSince1970: 1_785_736_800)

    init(files: [String] = ["rss/cs.AI-2026-07-27.xml"]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("arxiv-bot-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        configuration = try Configuration.load(from: Fixtures.seedConfigPath())
        try ingest(files)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Ingests fixture files through a read-write connection of its own, one transaction per file.
    func ingest(_ files: [String]) throws {
        let store = try PaperStore(path: databasePath)
        _ = try Ingestor(store: store, scorer: Scorer(configuration: configuration), http: nil)
            .ingest(files.map { .file(try Fixtures.path($0)) })
    }

    var settings: ServerSettings {
        var settings = ServerSettings(databasePath: databasePath, configuration: configuration)
        settings.port = 0
        settings.now = { ServerFixture.now }
        return settings
    }

    func application() throws -> some ApplicationProtocol {
        try PaperServer(settings: settings, configPath: Fixtures.seedConfigPath()).makeApplication()
    }

    /// The digest `arxiv-bot report` builds for `range` at the fixture's instant.
    /// `charts`: as `report --format html --template digest` builds it (with its inline charts).
    func digest(_ range: DigestRange, category: String? = nil, charts: Bool = false) throws -> Digest {
        var selection = DigestSelection(configuration: configuration)
        if let category { selection.categories = [category] }
        var builder = DigestBuilder(store: try PaperStore(readOnlyPath: databasePath), configuration: configuration)
        builder.includeCharts = charts
        return try builder.build(range: range, selection: selection, generatedAt: Self.now)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var contentType: String { headers[.contentType] ?? "" }
}
