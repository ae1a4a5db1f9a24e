import Foundation
import TestSupport
@testable import PaperKit

/// Collects a fixture's records (tests only; production code streams). `folder` is the curated
/// `Tests/Fixtures` unless a corpus test passes its own.
func records(_ fixture: String, in folder: FixtureFolder = Fixtures.arxiv) throws -> (FeedInfo, [PaperRecord]) {
    var found: [PaperRecord] = []
    let info = try FeedParser.parse(file: folder.path(fixture)) { found.append($0) }
    return (info, found)
}

func record(_ id: String, in fixture: String, of folder: FixtureFolder = Fixtures.arxiv) throws -> PaperRecord? {
    try records(fixture, in: folder).1.first { $0.id.rawValue == id }
}
