import Foundation
import TestSupport
@testable import PaperKit

extension IngestHarness {
    /// A store of real records of every kind (RSS, OAI-PMH, Kaggle JSON lines) from four fixture
    /// files, with every `excludedEvery`th paper marked excluded: big enough that searches have
    /// common and rare words, pages, ties and dates across years.
    static func mixedCorpus(excludedEvery: Int) throws -> IngestHarness {
        let harness = try IngestHarness()
        _ = try harness.ingest(.file(Fixtures.path("rss/cs.AI-2026-07-27.xml")),
                               .file(Fixtures.path("rss/quant-ph-2024-12-30.xml")),
                               .file(Fixtures.path("oai/cs-2016-03-09-arXiv/page-001.xml")),
                               .file(Fixtures.path("jsonl/kaggle-arxiv-metadata-oai-snapshot-head.jsonl")))
        try harness.store.database.execute("UPDATE papers SET excluded = 1 WHERE id % \(excludedEvery) = 0")
        return harness
    }

    /// Searches made from the titles in the store: single words, pairs, phrases, OR, NOT and
    /// prefixes, in turn (round after round, with other words, until there are `count`), then a
    /// few of the commonest words.
    func titleQueries(count: Int) throws -> [String] {
        var titles: [[String]] = []
        try store.database.prepare("SELECT title FROM papers ORDER BY id").forEach { row in
            let words = row.text(0).lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 2 }
            if words.count >= 3 { titles.append(words) }
        }
        var queries: [String] = []
        // Each round over the titles takes other words of them, in other forms.
        for round in 0..<8 {
            for (i, words) in titles.enumerated() where queries.count < count {
                let word = { words[(i + round + $0) % words.count] }
                let (a, b, c) = (word(0), word(1), word(2))
                switch (i + round) % 7 {
                case 0: queries.append(a)
                case 1: queries.append("\(a) \(b)")
                case 2: queries.append("\"\(a) \(b)\"")
                case 3: queries.append("\(a) OR \(c)")
                case 4: queries.append("\(a) -\(b)")
                case 5: queries.append("\(a.prefix(4))*")
                default: queries.append("\(a) \(b) \(c)")
                }
            }
        }
        return queries + ["the", "model", "quantum OR learning", "learning -deep"]
    }
}
