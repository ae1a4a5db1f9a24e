import Foundation
import TestSupport
@testable import PaperKit

/// Collects a fixture's records (tests only; production code streams).
func records(_ fixture: String) throws -> (FeedInfo, [PaperRecord]) {
    var found: [PaperRecord] = []
    let info = try FeedParser.parse(file: Fixtures.path(fixture)) { found.append($0) }
    return (info, found)
}

func record(_ id: String, in fixture: String) throws -> PaperRecord? {
    try records(fixture).1.first { $0.id.rawValue == id }
}
