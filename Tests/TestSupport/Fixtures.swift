import Foundation

/// Locates the real arXiv fixture files in `../shared/fixtures/arxiv` beside the package
/// (CI clones the package next to a copy of shared/), or in `$ARXIV_FIXTURES` when set.
public enum Fixtures {
    public static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["ARXIV_FIXTURES"] {
            return URL(fileURLWithPath: override)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/arxiv")
    }()

    /// The URL of a fixture, e.g. `Fixtures.url("rss/cs.AI-2026-07-27.xml")`.
    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    public static func path(_ relativePath: String) -> String { url(relativePath).path }

    public static func data(_ relativePath: String) throws -> Data { try Data(contentsOf: url(relativePath)) }

    /// Every regular file below a fixture folder, sorted.
    public static func files(under folder: String) -> [String] {
        let base = url(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [String] = []
        for case let file as URL in walker where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            found.append(String(file.path.dropFirst(root.path.count + 1)))
        }
        return found.sorted()
    }
}
