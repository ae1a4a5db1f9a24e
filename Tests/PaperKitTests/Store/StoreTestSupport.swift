import Foundation
@testable import PaperKit

/// A store in a fresh temporary folder, deleted with the folder when the test ends.
final class TemporaryStore {
    let folder: URL
    let store: PaperStore
    var path: String { folder.appendingPathComponent("papers.db").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("arxiv-bot-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try PaperStore(path: folder.appendingPathComponent("papers.db").path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}

func record(_ id: String, v version: Int? = 1, title: String = "A title", abstract: String = "An abstract.",
            authors: [String] = ["Ada Lovelace", "Alan Turing"], categories: [String] = ["cs.AI", "cs.CL"],
            type: AnnounceType? = .new, announced: String? = "2026-07-27", published: String? = "2026-07-24") -> PaperRecord {
    PaperRecord(id: ArxivID(id)!, version: version, title: title, abstract: abstract,
                authors: authors.map { Author(name: $0) }, categories: categories, primaryCategory: categories.first,
                announceType: type, announced: announced.flatMap(Day.init(iso:)), feed: "cs.AI",
                published: published.flatMap(Day.init(iso:)))
}

let noScore = ScoreResult(score: 0, hits: [], excludedBy: [])
