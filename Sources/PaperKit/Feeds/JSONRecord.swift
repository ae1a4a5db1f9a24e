import Foundation

/// Maps one JSON object of the bulk sources to a `PaperRecord`, by key: Kaggle snapshot
/// (`authors_parsed`, `versions`, `update_date`), daily crawl (`summary`, `authors` array) and the
/// feed mirror (`arxiv_id`, `primary_category`, `announce_type`).
enum JSONRecord {
    static func make(_ f: [String: Any], announced: Day? = nil) -> PaperRecord? {
        guard let idText = (f["id"] ?? f["arxiv_id"]) as? String, let parsed = ArxivIDScanner.parse(idText) else { return nil }
        let categories: [String]
        if let list = f["categories"] as? [String] { categories = list }
        else { categories = ((f["categories"] as? String) ?? "").split(separator: " ").map(String.init) }
        let primary = f["primary_category"] as? String
        let ordered = ArxivCategory.ordered(categories, primary: primary)

        var version = parsed.version
        var published: Day?
        var updated: Day?
        if let list = f["versions"] as? [[String: Any]], !list.isEmpty {
            let versions = list.map { (number: ($0["version"] as? String).flatMap { Int($0.dropFirst()) } ?? 0,
                                       created: $0["created"] as? String) }.sorted { $0.number < $1.number }
            version = versions.last?.number ?? version
            published = FeedDates.day(versions.first?.created)
            updated = versions.count > 1 ? FeedDates.day(versions.last?.created) : nil
        } else {
            updated = FeedDates.day(f["update_date"] as? String)
        }
        return PaperRecord(
            id: parsed.id, version: version, title: FieldText.clean(f["title"] as? String ?? ""),
            abstract: FieldText.clean((f["abstract"] ?? f["summary"]) as? String ?? ""),
            authors: authors(f), categories: ordered, primaryCategory: ordered.first,
            announceType: (f["announce_type"] as? String).flatMap(AnnounceType.init(rawValue:)), announced: announced,
            published: published, updated: updated, doi: FieldText.optional(f["doi"] as? String),
            journalRef: FieldText.optional(f["journal-ref"] as? String),
            comments: FieldText.optional((f["comments"] ?? f["comment"]) as? String),
            license: FieldText.optional(f["license"] as? String))
    }

    /// `authors_parsed` (`[keyname, forenames, suffix]`) is preferred: Kaggle's `authors` string keeps TeX.
    private static func authors(_ f: [String: Any]) -> [Author] {
        if let parsed = f["authors_parsed"] as? [[String]] {
            return parsed.compactMap { parts in
                let ordered = [parts.count > 1 ? parts[1] : "", parts.first ?? "", parts.count > 2 ? parts[2] : ""]
                let name = ordered.map(FieldText.cleanName).filter { !$0.isEmpty }.joined(separator: " ")
                return name.isEmpty ? nil : Author(name: name)
            }
        }
        if let list = f["authors"] as? [String] {
            return list.map { Author(name: FieldText.cleanName($0)) }.filter { !$0.name.isEmpty }
        }
        if let text = f["authors"] as? String { return AuthorList.split(text) }
        return []
    }
}

/// Parses the feed mirror's per-day JSON object (`{"date", "status", "papers": [...]}`).
enum JSONFeedDayParser {
    static func parse(data: Data, source: String, _ onRecord: (PaperRecord) throws -> Void) throws -> FeedInfo {
        var info = FeedInfo(format: .jsonFeedDay, source: source)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FeedError.unknownFormat(source: source, detail: "json document is not an object")
        }
        info.day = FeedDates.day(object["date"] as? String)
        guard let papers = object["papers"] as? [[String: Any]] else {
            throw FeedError.unknownFormat(source: source, detail: "json object without a \"papers\" list")
        }
        var records: [PaperRecord] = []
        for (index, paper) in papers.enumerated() {
            guard let record = JSONRecord.make(paper, announced: info.day) else {
                throw FeedError.badRecord(source: source, line: index + 1, reason: "paper \(index + 1) has no valid arxiv_id")
            }
            records.append(record)
        }
        info.feedName = feedName(of: records)
        for var record in records {
            // Unknown feed: a new paper was announced in its primary category; a cross-list was not,
            // and left empty its feed would default to that primary category.
            record.feed = info.feedName ?? (record.announceType == .new ? record.primaryCategory : "")
            try onRecord(record)
            info.recordCount += 1
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
