import Foundation
import Testing
import TestSupport

/// `Tests/Fixtures` is complete and accounted for: every file the tests read is in the package,
/// and every arXiv file in it has its provenance row in `SOURCES.md`.
struct FixtureSetTests {
    /// The files named in the first column of SOURCES.md's table rows.
    static func listedFiles() throws -> Set<String> {
        let text = try String(contentsOf: Fixtures.file("SOURCES.md"), encoding: .utf8)
        return Set(text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        })
    }

    @Test func everyFileHasItsProvenanceAndEveryListedFileIsThere() throws {
        let listed = try Self.listedFiles()
        let present = Set(Fixtures.files(under: "")).union(
            Fixtures.whole.files(under: "").filter { !$0.hasPrefix("arxiv/") && $0 != "SOURCES.md" })
        #expect(present.count >= 40)
        #expect(present.subtracting(listed).isEmpty, "not in Tests/Fixtures/SOURCES.md: \(present.subtracting(listed).sorted())")
        #expect(listed.subtracting(present).isEmpty, "listed but missing: \(listed.subtracting(present).sorted())")
    }

    @Test func curatedSetStaysSmall() {
        let bytes = Fixtures.whole.files(under: "").reduce(0) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: Fixtures.folder.appendingPathComponent(file).path)[.size]) as? Int
            return total + (size ?? 0)
        }
        #expect(bytes > 1_000_000 && bytes <= 10_000_000, "Tests/Fixtures holds \(bytes) bytes; the limit is 10 MB")
    }

    @Test func aMissingFixtureIsOneErrorNamingItsPath() {
        #expect {
            _ = try Fixtures.data("rss/no-such-feed.xml")
        } throws: { error in
            "\(error)".contains("Tests/Fixtures/arxiv/rss/no-such-feed.xml") && "\(error)".hasPrefix("missing fixture ")
        }
    }
}
