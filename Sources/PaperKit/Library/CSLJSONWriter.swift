import Foundation

/// Writes papers as a CSL JSON array, the format Zotero, Mendeley and pandoc import:
/// `id` (the BibTeX key), `type` `article`, `title`, `author` `[{family, given}]`, `issued`,
/// `URL`, `DOI`, `number` (the arXiv ID), `publisher` `arXiv`, `abstract`, `container-title`
/// (the journal reference). Items are written one at a time, so memory stays flat.
struct CSLJSONWriter {
    private var keys = CitationKeys()
    private var count = 0

    /// The array's opening bracket.
    func header() -> String { "[" }

    /// One item, with the comma before it when it is not the first.
    mutating func item(_ paper: PaperResult) throws -> String {
        var item: [String: Any] = [
            "id": keys.key(for: paper), "type": "article", "title": paper.title, "URL": paper.url,
            "number": paper.arxivID, "publisher": "arXiv",
            "author": paper.authors.map { author -> [String: String] in
                let name = PersonName(author)
                return name.given.isEmpty ? ["family": name.family] : ["family": name.family, "given": name.given]
            },
        ]
        if let day = paper.published ?? paper.date {
            let parts = day.description.split(separator: "-").compactMap { Int($0) }
            item["issued"] = ["date-parts": [parts]]
        }
        if let doi = paper.doi, !doi.isEmpty { item["DOI"] = doi }
        if let journal = paper.journalRef, !journal.isEmpty { item["container-title"] = journal }
        if !paper.abstract.isEmpty { item["abstract"] = paper.abstract }
        if let primary = paper.primaryCategory { item["keyword"] = primary }
        let data = try JSONSerialization.data(withJSONObject: item, options: [.sortedKeys, .withoutEscapingSlashes])
        defer { count += 1 }
        return (count == 0 ? "\n" : ",\n") + String(decoding: data, as: UTF8.self)
    }

    /// The closing bracket and a final newline.
    func footer() -> String { count == 0 ? "]\n" : "\n]\n" }
}
