import Foundation
import Testing

/// README.md and docs/ stay true about the repository: every file or folder they name exists,
/// every relative link resolves, and the README stays short enough to read.
struct DocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let prefixes = ["Sources/", "Tests/", "scripts/", "schema/", "docs/", "contrib/", "samples/", ".ci/"]

    /// README.md and every Markdown file of docs/, relative to the package root.
    static var documents: [String] {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }

    /// Repository paths a document names: backticked words with a known prefix, and relative links.
    static func namedPaths(in text: String, document: String) -> [String] {
        var paths: [String] = []
        for (index, piece) in text.components(separatedBy: "`").enumerated() where index % 2 == 1 {
            let word = piece.split(separator: " ").first.map(String.init) ?? ""
            if prefixes.contains(where: word.hasPrefix) { paths.append(word) }
        }
        let base = URL(fileURLWithPath: document).deletingLastPathComponent().relativePath
        for link in text.components(separatedBy: "](").dropFirst() {
            guard let target = link.split(separator: ")").first.map(String.init),
                  !target.contains(":"), !target.hasPrefix("#") else { continue }
            let path = String(target.split(separator: "#").first ?? "")
            paths.append(base == "." ? path : base + "/" + path)
        }
        return paths.map { path in String(path.reversed().drop { ".,;:)".contains($0) }.reversed()) }
            .filter { !$0.contains("<") && !$0.contains("{") && !$0.contains("…") && !$0.contains("...") }
    }

    /// Whether a named path exists; a `*` in its last component matches any run of characters.
    static func exists(_ path: String) -> Bool {
        let url = root.appendingPathComponent(path)
        guard path.contains("*") else { return FileManager.default.fileExists(atPath: url.path) }
        let folder = url.deletingLastPathComponent()
        let parts = url.lastPathComponent.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.contains { name in
            name.hasPrefix(parts.first ?? "") && name.hasSuffix(parts.last ?? "") && name.count >= parts.joined().count
        }
    }

    @Test func readmeIsAtMost250Lines() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
        #expect(lines <= 250, "README.md has \(lines) lines; move depth into docs/")
        #expect(text.contains("scripts/install-deps && swift test"), "README shows the test command CI runs")
    }

    @Test func theRequiredDocsExist() {
        for name in ["search", "reports", "backfill", "summaries", "serve", "store", "performance", "architecture",
                     "scheduling", "install", "mail", "trends"] {
            #expect(Self.documents.contains("docs/\(name).md"), "docs/\(name).md is missing")
        }
    }

    @Test(arguments: documents)
    func everyNamedPathExists(document: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(document), encoding: .utf8)
        let missing = Self.namedPaths(in: text, document: document).filter { !Self.exists($0) }
        #expect(missing.isEmpty, "\(document) names paths that do not exist: \(missing)")
    }
}
