import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// Substring mode must score real papers exactly as the old Python bot did. The expected numbers were computed
/// with the old bot's rule in Python (`kw.lower() in (title + " " + abstract).lower()`, +0.5 for the title)
/// over every record of the fixture.
struct SeedCompatibilityTests {
    @Test func substringModeMatchesThePythonBotOnRealPapers() throws {
        let seed = try Configuration.load(from: Fixtures.seedConfigPath())
        var old = seed
        old.match = .substring
        let scorer = Scorer(configuration: old)
        let data = try Fixtures.data("jsonl/daily-crawl/2025-03-18.jsonl")
        var records = 0, total = 0.0, excluded = 0
        var byID: [String: Double] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            let title = try #require(object["title"] as? String), abstract = try #require(object["summary"] as? String)
            let result = scorer.score(title: title, abstract: abstract)
            records += 1
            total += result.score
            if result.excluded { excluded += 1 }
            byID[object["id"] as? String ?? ""] = result.score
        }
        #expect(records == 465)
        #expect(total == 1283.5)
        #expect(excluded == 14)
        #expect(byID["2503.11731"] == 5.0 && byID["2503.11742"] == 1.0 && byID["2503.11750"] == 3.0)

    }
}
