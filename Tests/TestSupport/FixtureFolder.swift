import Foundation

/// A fixture the tests asked for that is not there: one failure that names the path.
public struct MissingFixture: Error, CustomStringConvertible {
    public let path: String
    /// What to do about it, which depends on the folder.
    public let hint: String
    public var description: String { "missing fixture \(path): \(hint)" }
}

/// A folder of real arXiv files laid out as `../shared/fixtures/arxiv` is (`rss/`, `atom/`,
/// `oai/`, `jsonl/`), addressed by paths relative to it such as `rss/cs.AI-2026-07-27.xml`.
public struct FixtureFolder: Sendable {
    public let root: URL
    /// Said with every missing file: how to mend this folder.
    public let hint: String

    public init(root: URL, hint: String) {
        self.root = root
        self.hint = hint
    }

    /// The URL of a file in the folder; throws `MissingFixture` when it does not exist.
    public func url(_ relativePath: String) throws -> URL {
        let url = root.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { throw MissingFixture(path: url.path, hint: hint) }
        return url
    }

    public func path(_ relativePath: String) throws -> String { try url(relativePath).path }

    public func data(_ relativePath: String) throws -> Data { try Data(contentsOf: url(relativePath)) }

    /// Every regular file below `folder` (relative paths, sorted); empty when the folder is absent.
    public func files(under folder: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [String] = []
        for case let file as URL in walker where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            found.append(String(file.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
        }
        return found.sorted()
    }
}
