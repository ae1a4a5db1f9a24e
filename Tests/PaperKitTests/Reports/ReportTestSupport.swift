import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// A small store of real feeds (cs.AI of 2026-07-27 plus the three trimmed 2026-04-27 feeds),
/// the seed configuration, and a fixed generation instant so rendered reports are stable.
struct ReportFixture {
    let harness: IngestHarness
    let configuration: Configuration
    /// 2026-08-03T06:00:00Z, a Monday after every fixture day.
    static let generatedAt = Date(timeIntervalSince1970: 1_785_736_800)

    var store: PaperStore { harness.store }

    /// The fixture feeds, or only `files` when given.
    init(files: [String]? = nil) throws {
        harness = try IngestHarness()
        configuration = try Configuration.load(from: Fixtures.seedConfigPath())
        let feeds = ["rss/cs.AI-2026-07-27.xml"] + Fixtures.files(under: "rss/trimmed")
        _ = try harness.ingestor.ingest(files?.map(FeedSource.file) ?? (try feeds.map { .file(try Fixtures.path($0)) }))
    }

    func digest(_ range: DigestRange, limit: Int? = nil, types: [String] = [], minScore: Double? = nil) throws -> Digest {
        var selection = DigestSelection(configuration: configuration)
        try selection.override(types: types, minScore: minScore, limit: limit)
        var builder = DigestBuilder(store: store, configuration: configuration)
        builder.includeCharts = true
        return try builder.build(range: range, selection: selection, generatedAt: ReportFixture.generatedAt)
    }

    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func range(_ from: String, _ to: String) throws -> DigestRange { try DigestRange(from: day(from), to: day(to)) }
}

/// Compares `text` with the golden file `name`; with UPDATE_GOLDEN=1 in the environment it
/// rewrites the file instead (and says so), never silently.
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try Data(text.utf8).write(to: url)
        print("updated golden file \(url.path)")
        return
    }
    guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("golden file \(name) is missing; run UPDATE_GOLDEN=1 swift test and review the new file",
                     sourceLocation: sourceLocation)
        return
    }
    if golden != text {
        let a = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let expected = line < a.count ? String(a[line]) : "<end>"
        let actual = line < b.count ? String(b[line]) : "<end>"
        let message = "\(name) differs at line \(line + 1):\n  golden: \(expected)\n  actual: \(actual)\n"
            + "if the change is intended, run UPDATE_GOLDEN=1 swift test and review the diff"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
