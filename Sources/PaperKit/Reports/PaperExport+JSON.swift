/// Takes a paper's JSON members in key order (`PaperExport.members`): the bytes of query, export
/// and the API (`PaperJSONWriter`) and the JSON report's `Encodable` (`PaperExport.JSON`) are
/// written from that one list.
protocol PaperJSONMembers {
    associatedtype Failure: Error
    /// A string, or `null`.
    mutating func text(_ key: String, _ value: String?) throws(Failure)
    /// A snippet without its highlight marks, or `null`.
    mutating func snippet(_ key: String, _ value: String?) throws(Failure)
    mutating func texts(_ key: String, _ values: [String]) throws(Failure)
    mutating func flag(_ key: String, _ value: Bool) throws(Failure)
    /// A number, or `null`.
    mutating func number(_ key: String, _ value: Double?) throws(Failure)
    /// `[{"count": …, "field": …, "keyword": …}]`.
    mutating func hits(_ key: String, _ hits: [KeywordHit]) throws(Failure)
}

extension PaperExport {
    /// Every member of a paper's JSON object, keys in sorted order (as `JSONEncoder` writes them
    /// with `.sortedKeys`), missing values as `null`, so consumers see one stable shape.
    static func members<M: PaperJSONMembers>(of p: PaperResult, to m: inout M) throws(M.Failure) {
        try m.text("abstract", p.abstract)
        try m.text("announce_type", p.announceType?.rawValue)
        try m.text("arxiv_id", p.arxivID)
        try m.texts("authors", p.authors)
        try m.texts("categories", p.categories)
        try m.text("comments", p.comments)
        try m.text("date", p.date?.description)
        try m.text("doi", p.doi)
        try m.flag("excluded", p.excluded)
        try m.text("journal_ref", p.journalRef)
        try m.hits("keyword_hits", p.keywordHits)
        try m.text("pdf_url", p.pdfURL)
        try m.text("primary_category", p.primaryCategory)
        try m.text("published", p.published?.description)
        try m.number("score", p.score)
        try m.snippet("snippet", p.snippet)
        try m.text("summary", p.summary)
        try m.text("summary_model", p.summaryModel)
        try m.text("title", p.title)
        try m.text("updated", p.updated?.description)
        try m.text("url", p.url)
        try m.number("version", p.version.map(Double.init))
    }

    /// The JSON object of a paper, for documents that nest it through `Encoder` (the JSON report).
    public struct JSON: Encodable {
        let paper: PaperResult

        public init(_ paper: PaperResult) { self.paper = paper }

        public func encode(to encoder: Encoder) throws {
            var members = EncodedMembers(container: encoder.container(keyedBy: JSONText.Key.self))
            try PaperExport.members(of: paper, to: &members)
        }
    }
}

/// Writes papers' JSON objects as bytes (no `JSONText` tree in between: a served search writes
/// 20 of them per request, and building the tree cost as much as writing it).
struct PaperJSONWriter: PaperJSONMembers {
    var writer: JSONWriter
    /// The depth of the objects written.
    let depth: Int
    private var index = 0

    init(pretty: Bool, depth: Int, capacity: Int = 4_096) {
        writer = JSONWriter(pretty: pretty, capacity: capacity)
        self.depth = depth
    }

    mutating func write(_ paper: PaperResult) {
        writer.openObject()
        index = 0
        PaperExport.members(of: paper, to: &self)
        writer.closeObject(depth: depth)
    }

    private mutating func key(_ key: String) {
        writer.member(key, index, depth: depth)
        index += 1
    }

    mutating func text(_ key: String, _ value: String?) { self.key(key); writer.writeOptional(value) }
    mutating func snippet(_ key: String, _ value: String?) { self.key(key); writer.writeOptional(value, droppingHighlights: true) }
    mutating func texts(_ key: String, _ values: [String]) { self.key(key); writer.writeStrings(values, depth: depth + 1) }
    mutating func flag(_ key: String, _ value: Bool) { self.key(key); writer.writeBool(value) }

    mutating func number(_ key: String, _ value: Double?) {
        self.key(key)
        if let value { writer.writeNumber(value) } else { writer.writeNull() }
    }

    mutating func hits(_ key: String, _ hits: [KeywordHit]) {
        self.key(key)
        writer.openArray()
        for (i, hit) in hits.enumerated() {
            writer.element(i, depth: depth + 1)
            writer.openObject()
            writer.member("count", 0, depth: depth + 2); writer.writeNumber(Double(hit.count))
            writer.member("field", 1, depth: depth + 2); writer.writeString(hit.field.rawValue)
            writer.member("keyword", 2, depth: depth + 2); writer.writeString(hit.keyword)
            writer.closeObject(depth: depth + 2)
        }
        writer.closeArray(depth: depth + 1)
    }
}

/// Encodes a paper's members into a keyed container, `null` for missing values.
private struct EncodedMembers: PaperJSONMembers {
    var container: KeyedEncodingContainer<JSONText.Key>

    private struct Hit: Encodable { var count: Int; var field: String; var keyword: String }

    private mutating func encode<T: Encodable>(_ value: T?, _ key: String) throws {
        let key = JSONText.Key(stringValue: key)
        if let value { try container.encode(value, forKey: key) } else { try container.encodeNil(forKey: key) }
    }

    mutating func text(_ key: String, _ value: String?) throws { try encode(value, key) }
    mutating func snippet(_ key: String, _ value: String?) throws { try encode(value.map(PaperResult.withoutHighlights), key) }
    mutating func texts(_ key: String, _ values: [String]) throws { try encode(values, key) }
    mutating func flag(_ key: String, _ value: Bool) throws { try encode(value, key) }
    mutating func number(_ key: String, _ value: Double?) throws { try encode(value, key) }
    mutating func hits(_ key: String, _ hits: [KeywordHit]) throws {
        try encode(hits.map { Hit(count: $0.count, field: $0.field.rawValue, keyword: $0.keyword) }, key)
    }
}
