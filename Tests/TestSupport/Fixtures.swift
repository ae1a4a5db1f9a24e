import Foundation

/// The real files the tests need, kept in the package under `Tests/Fixtures` (provenance in
/// `Tests/Fixtures/SOURCES.md`): a curated copy of `../shared/fixtures/arxiv` in `arxiv/`, the
/// old bot's configuration and the README it wrote. Nothing here reads outside the package.
public enum Fixtures {
    /// `Tests/Fixtures` of this package.
    public static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The curated arXiv files.
    public static let arxiv = FixtureFolder(root: folder.appendingPathComponent("arxiv"), hint: hint)

    /// All of `Tests/Fixtures`, `arxiv/` included.
    public static let whole = FixtureFolder(root: folder, hint: hint)

    static let hint = "copy it byte for byte from ../shared/fixtures and list it in Tests/Fixtures/SOURCES.md"

    /// The URL of an arXiv fixture, e.g. `Fixtures.url("rss/cs.AI-2026-07-27.xml")`.
    public static func url(_ relativePath: String) throws -> URL { try arxiv.url(relativePath) }

    public static func path(_ relativePath: String) throws -> String { try arxiv.path(relativePath) }

    public static func data(_ relativePath: String) throws -> Data { try arxiv.data(relativePath) }

    /// Every curated arXiv file below a folder, sorted.
    public static func files(under folder: String) -> [String] { arxiv.files(under: folder) }

    /// The configuration the old bot's users have (`config.seed.json`, unchanged).
    public static func seedConfigPath() throws -> String { try file("config.seed.json").path }

    /// A file of `Tests/Fixtures` itself, outside `arxiv/`.
    public static func file(_ name: String) throws -> URL {
        try whole.url(name)
    }
}
