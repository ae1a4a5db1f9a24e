import Foundation
import Testing
@testable import PaperKit

struct StarterConfigurationTests {
    static func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("starter-\(UUID().uuidString)").path
    }

    /// A key added to what `Configuration` reads but not to the starter fails here.
    @Test func theStarterHasExactlyTheKeysConfigurationReads() throws {
        let root = try Self.object(StarterConfiguration.data())
        #expect(Set(root.keys) == Set(Configuration.knownKeys))
        let summary = try #require(root["ai_summary"] as? [String: Any])
        #expect(Set(summary.keys) == Set(Configuration.AISummary.knownKeys))
        let feeds = try #require(root["feeds"] as? [String: Any])
        #expect(Set(feeds.keys) == Set(Configuration.Feeds.knownKeys))
        let order = StarterConfiguration.members(of: Configuration()).map(\.key)
        #expect(order == Configuration.knownKeys, "the seed's order, categories and keywords first")
    }

    @Test func theStarterLoadsAsTheDefaults() throws {
        let loaded = try Configuration.decode(data: StarterConfiguration.data(), source: "config.json")
        var expected = Configuration()
        expected.database = "papers.db"
        expected.aiSummary.timeoutSeconds = Configuration.AISummary.defaultTimeoutSeconds
        expected.aiSummary.maxInputChars = Configuration.AISummary.defaultMaxInputChars
        #expect(loaded == expected)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func anyConfigurationRoundTrips() throws {
        var configuration = Configuration()
        configuration.categories = ["hep-th", "astro-ph.CO"]
        configuration.keywords = [#"say "hi""#, #"back\slash"#, "Café", "tab\there"]
        configuration.excludeKeywords = []
        configuration.minScore = 1.25
        configuration.match = .substring
        configuration.database = "~/data/p.db"
        configuration.aiSummary.promptFile = nil
        configuration.aiSummary.temperature = 0
        configuration.feeds.requestDelaySeconds = 0.5
        let data = StarterConfiguration.data(for: configuration)
        #expect(String(decoding: data, as: UTF8.self).contains("\"exclude_keywords\": [],\n"))
        var loaded = try Configuration.decode(data: data, source: "config.json")
        loaded.aiSummary.timeoutSeconds = nil
        loaded.aiSummary.maxInputChars = nil
        #expect(loaded == configuration)
    }

    @Test func writeCreatesTheFolderAndNeverReplacesAFile() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try StarterConfiguration.write(into: folder + "/nested/deeper/")
        #expect(path == folder + "/nested/deeper/config.json")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == StarterConfiguration.data())
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o600 == 0o600 } == true)

        try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: ConfigError.alreadyExists(path: path)) { try StarterConfiguration.write(into: folder + "/nested/deeper") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}")
        #expect(ConfigError.alreadyExists(path: path).exitCode == .cannotCreate)
    }

    @Test func aFileInTheWayIsCannotCreateNamingIt() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: folder + "/plain"))
        let error = #expect(throws: ConfigError.self) { try StarterConfiguration.write(into: folder + "/plain/sub") }
        #expect(error == .cannotCreate(path: folder + "/plain", reason: "it is a file, not a folder"))
        #expect(error?.exitCode == .cannotCreate)
        #expect(error?.message.hasSuffix("; pass --dir with a folder you can write to") == true)
    }
}
