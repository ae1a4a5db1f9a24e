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
}
