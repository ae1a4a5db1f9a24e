import Foundation

/// A user's search text turned into a safe FTS5 MATCH expression.
///
/// The syntax is small and forgiving: words are ANDed; `"quoted phrases"`, `prefix*`, `OR` (which
/// joins its neighbours before the ANDs: `a OR b c` is `(a OR b) AND c`), `-word` / `-"phrase"`
/// (exclude; excluded words alone become `exclusionExpression`) and the field prefixes `title:`,
/// `abstract:`, `author:`, `summary:` work.
/// Every other character is text: it is quoted before it reaches FTS5, so a dot in `2601.03043`,
/// a stray `"` or `(` or the word `NEAR` can neither inject syntax nor cause an error.
public struct SearchQuery: Equatable, Sendable {
    /// One searchable unit.
    public struct Term: Equatable, Sendable {
        public enum Field: String, Sendable { case title, abstract, authors, summary }
        public var text: String
        public var isPrefix = false
        public var field: Field?
        public var excluded = false
        /// Joined to the previous term with OR instead of AND.
        public var orWithPrevious = false
    }

    public private(set) var terms: [Term]

    /// The FTS5 expression, or nil when the text holds no word to look for (then no text filter
    /// applies, except `exclusionExpression`).
    public let matchExpression: String?

    /// For a query of excluded words only (`-survey`), which FTS5 cannot run alone: the papers
    /// this expression matches are the ones to leave out.
    public let exclusionExpression: String?

    /// Each phrase of `matchExpression` as an expression of its own, in the order FTS5 numbers
    /// them (the words to find, then the excluded ones): the rank counts the documents of each.
    public let phrases: [String]

    /// Parses what a user typed; never fails: what is not the syntax above is searched as text.
    public init(_ text: String) {
        terms = SearchQuery.tokenize(text)
        matchExpression = SearchQuery.expression(for: terms)
        let negative = terms.filter(\.excluded)
        exclusionExpression = matchExpression == nil && !negative.isEmpty
            ? negative.map(SearchQuery.fragment).joined(separator: " OR ") : nil
        phrases = matchExpression == nil ? [] : (terms.filter { !$0.excluded } + negative).map(SearchQuery.fragment)
    }

    /// True when nothing searchable is left (only punctuation).
    public var isEmpty: Bool { matchExpression == nil && exclusionExpression == nil }

    static let fieldNames: [String: Term.Field] = [
        "title": .title, "abstract": .abstract, "author": .authors, "authors": .authors, "summary": .summary,
    ]

    private static func tokenize(_ text: String) -> [Term] {
        var terms: [Term] = []
        var rest = Substring(String(text.prefix(2_000)).controlCharactersAsSpaces)
        var pendingOr = false
        while true {
            rest = rest.drop(while: \.isWhitespace)
            guard !rest.isEmpty else { break }
            var term = Term(text: "")
            if rest.first == "-" && rest.count > 1 && !rest.dropFirst().first!.isWhitespace {
                term.excluded = true
                rest = rest.dropFirst()
            }
            if let colon = rest.firstIndex(of: ":"), let field = fieldNames[rest[..<colon].lowercased()] {
                term.field = field
                rest = rest[rest.index(after: colon)...]
            }
            if rest.first == "\"" {
                let body = rest.dropFirst()
                let end = body.firstIndex(of: "\"") ?? body.endIndex
                term.text = String(body[..<end])
                rest = end == body.endIndex ? body[end...] : body[body.index(after: end)...]
                if rest.first == "*" { term.isPrefix = true; rest = rest.dropFirst() }
            } else {
                let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
                var word = rest[..<end]
                rest = rest[end...]
                if word == "OR" && term.field == nil && !term.excluded {
                    pendingOr = !terms.isEmpty
                    continue
                }
                if word.hasSuffix("*") { term.isPrefix = true; word = word.dropLast() }
                term.text = String(word)
            }
            // Words without a letter or digit index as nothing; leave them out rather than match nothing.
            guard term.text.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            term.orWithPrevious = pendingOr && !term.excluded
            pendingOr = false
            terms.append(term)
        }
        return terms
    }

    private static func expression(for terms: [Term]) -> String? {
        let positive = terms.filter { !$0.excluded }
        guard !positive.isEmpty else { return nil }
        let expression = groups(of: positive).map { group in
            group.count == 1 ? fragment(positive[group[0]]) : "(" + group.map { fragment(positive[$0]) }.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        let negative = terms.filter(\.excluded)
        guard !negative.isEmpty else { return expression }
        return "(" + expression + ")" + negative.map { " NOT " + fragment($0) }.joined()
    }

    /// The words to find (the terms not excluded, numbered as FTS5 numbers their phrases) as the
    /// expression groups them: `a OR b c` means (a OR b) AND c, as in web search, where FTS5 alone
    /// would bind AND first. A group's terms are ORed, the groups ANDed.
    public var groups: [[Int]] { Self.groups(of: terms.filter { !$0.excluded }) }

    private static func groups(of positive: [Term]) -> [[Int]] {
        var groups: [[Int]] = []
        for (index, term) in positive.enumerated() {
            if term.orWithPrevious, !groups.isEmpty { groups[groups.count - 1].append(index) } else { groups.append([index]) }
        }
        return groups
    }

    /// `title : "word" *`: the text is always a quoted FTS5 string, quotes doubled.
    private static func fragment(_ term: Term) -> String {
        var out = ""
        if let field = term.field { out += field.rawValue + " : " }
        out += "\"" + term.text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        if term.isPrefix { out += " *" }
        return out
    }
}
