import Foundation
import Testing

/// `.ci/run` names its apt packages itself (CI starts on a bare machine); `scripts/install-deps`
/// is what the README tells people to run. The two lists must not drift apart.
struct SetupScriptTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The packages of the script's `apt-get install` command, continuation lines included.
    static func aptPackages(_ relativePath: String) throws -> Set<String> {
        let text = try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
            .replacingOccurrences(of: "\\\n", with: " ")
        let line = try #require(text.split(separator: "\n").first { $0.contains("apt-get install") }, "\(relativePath)")
        let words = line.split(separator: " ").drop { $0 != "install" }.dropFirst()
        return Set(words.filter { !$0.hasPrefix("-") && !$0.hasPrefix(">") }.map(String.init))
    }

    @Test func ciInstallsWhatInstallDepsInstalls() throws {
        let ci = try Self.aptPackages(".ci/run")
        #expect(ci.isSuperset(of: ["libsqlite3-dev", "libcurl4-openssl-dev", "libxml2-dev"]))
        #expect(ci == (try Self.aptPackages("scripts/install-deps")))
    }
}
