/// One item of a reference manager's export, reduced to what tagging needs: enough to find the
/// paper by arXiv ID or, without one, by title.
public struct LibraryEntry: Sendable, Equatable {
    /// The title as Unicode: TeX accents decoded, case-protecting braces removed.
    public var title: String?
    /// Names as the file gives them (`Family, Given` or `Given Family`), decoded.
    public var authors: [String]
    public var year: Int?
    public var doi: String?
    public var url: String?
    /// Versionless, found in whichever field the exporter put it (see `ArxivIDFinder`).
    public var arxivID: ArxivID?
    /// The line of the file where the entry starts (1-based).
    public var line: Int

    public init(title: String? = nil, authors: [String] = [], year: Int? = nil, doi: String? = nil,
                url: String? = nil, arxivID: ArxivID? = nil, line: Int) {
        self.title = title
        self.authors = authors
        self.year = year
        self.doi = doi
        self.url = url
        self.arxivID = arxivID
        self.line = line
    }
}

/// An entry of a library file that could not be read, with its line.
public struct LibrarySkip: Sendable, Equatable {
    public var line: Int
    public var reason: String
}

/// Everything a library file held: the entries read, in file order, and those skipped.
public struct LibraryContents: Sendable, Equatable {
    public var format: LibraryFormat
    public var entries: [LibraryEntry] = []
    public var skipped: [LibrarySkip] = []

    /// The distinct arXiv IDs of the entries, in file order.
    public var arxivIDs: [ArxivID] {
        var seen = Set<ArxivID>()
        return entries.compactMap(\.arxivID).filter { seen.insert($0).inserted }
    }

    /// Entries that carry no arXiv ID.
    public var withoutID: [LibraryEntry] { entries.filter { $0.arxivID == nil } }
}

/// The four-digit year at the start of a date (`2014-07-25`, `2/2016` gives 2016).
func leadingYear(_ text: String?) -> Int? {
    guard let text else { return nil }
    var digits = ""
    for ch in text {
        if ch.isASCIIDigit { digits.append(ch) } else { if digits.count == 4 { break }; digits = "" }
        if digits.count == 4 { break }
    }
    guard digits.count == 4, let year = Int(digits), (1000...2999).contains(year) else { return nil }
    return year
}
