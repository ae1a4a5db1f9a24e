import Foundation

/// Parses the feed mirror's per-day JSON object (`{"date", "status", "papers": [...]}`). A paper
/// that is not a usable record is skipped (or thrown, see `ParseControl`) as "line" N, its index.
enum JSONFeedDayParser {
    static func parse(data: Data, source: String, control: ParseControl = ParseControl(),
                      _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        var info = FeedInfo(format: .jsonFeedDay, source: source)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FeedError.unknownFormat(source: source, detail: "json document is not an object")
        }
        info.day = FeedDates.day(object["date"] as? String)
        guard let papers = object["papers"] as? [Any] else {
            throw FeedError.unknownFormat(source: source, detail: "json object without a \"papers\" list")
        }
        let items: [Result<PaperRecord, RecordProblem>] = papers.map { paper in
            guard let fields = paper as? [String: Any] else { return .failure(RecordProblem(reason: "not a json object")) }
            do throws(RecordProblem) { return .success(try JSONRecord.make(fields, announced: info.day)) }
            catch { return .failure(error) }
        }
        info.feedName = feedName(of: items.compactMap { try? $0.get() })
        for (index, item) in items.enumerated() {
            guard control.beginRecord(line: index + 1) else { continue }
            switch item {
            case .failure(let problem):
                try control.skip(.badRecord(source: source, line: index + 1, reason: "paper \(index + 1): \(problem.reason)"))
            case .success(var record):
                // Unknown feed: a new paper was announced in its primary category; a cross-list was not,
                // and left empty its feed would default to that primary category.
                record.feed = info.feedName ?? (record.announceType == .new ? record.primaryCategory : "")
                try onRecord(record)
                info.recordCount += 1
            }
        }
        return info
    }

    /// The file does not name its feed; every paper of a one-category announcement is listed in
    /// that category, so it is the one category all of them share (none when that is not one).
    static func feedName(of records: [PaperRecord]) -> String? {
        guard var shared = records.first.map({ Set($0.categories) }) else { return nil }
        for record in records.dropFirst() { shared.formIntersection(record.categories) }
        return shared.count == 1 ? shared.first : nil
    }
}
