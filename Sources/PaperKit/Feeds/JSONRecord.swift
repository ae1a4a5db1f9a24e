import Foundation

/// Why one JSON object is not a usable record, as the skip warning words it.
struct RecordProblem: Error, Equatable {
    let reason: String
}

/// Maps one JSON object of the bulk sources to a `PaperRecord`, by key: Kaggle snapshot
/// (`authors_parsed`, `versions`, `update_date`), daily crawl (`summary`, `authors` array) and the
/// feed mirror (`arxiv_id`, `primary_category`, `announce_type`).
///
/// A record needs a valid arXiv ID and a title; a text field holding another JSON type (a number
/// for a title, an object for a DOI) makes the whole record unusable rather than silently empty.
enum JSONRecord {
    /// Keys read as text; each may be absent or null, never another type.
    private static let textKeys = ["title", "abstract", "summary", "comments", "comment", "doi", "journal-ref",
                                   "license", "update_date", "primary_category", "announce_type"]

    static func make(_ f: [String: Any], announced: Day? = nil) throws(RecordProblem) -> PaperRecord {
        guard let idText = (f["id"] ?? f["arxiv_id"]) as? String, let parsed = ArxivIDScanner.parse(idText) else {
            throw RecordProblem(reason: "no valid arXiv \"id\"")
        }
        for key in textKeys {
            if let value = f[key], !(value is String), !(value is NSNull) {
                throw RecordProblem(reason: "\"\(key)\" is not a string")
            }
        }
        guard let title = f["title"] as? String, !FieldText.fold(title).isEmpty else {
            throw RecordProblem(reason: "no \"title\"")
        }
        let categories: [String]
        if let list = f["categories"] as? [String] { categories = list }
        else if let text = f["categories"] as? String { categories = text.split(separator: " ").map(String.init) }
        else if f["categories"] == nil || f["categories"] is NSNull { categories = [] }
        else { throw RecordProblem(reason: "\"categories\" is neither a string nor a list of strings") }
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
            id: parsed.id, version: version, title: FieldText.clean(title),
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
