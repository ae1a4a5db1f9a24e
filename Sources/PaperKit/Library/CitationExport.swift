/// The formats `export` writes for reference managers.
public enum CitationFormat: String, Sendable, CaseIterable {
    case bibtex, ris, csljson
}

/// One export's writer for a `CitationFormat`: it keeps the state a file needs (the citation
/// keys given so far, whether a JSON item was written) across the papers streamed to it.
/// The writers are mutated in place: a copy would copy the set of keys for every paper.
public struct CitationExport {
    public let format: CitationFormat
    private var bibtex: BibTeXWriter?
    private var csl: CSLJSONWriter?
    private let ris = RISWriter()

    public init(_ format: CitationFormat) {
        self.format = format
        switch format {
        case .bibtex: bibtex = BibTeXWriter()
        case .ris: break
        case .csljson: csl = CSLJSONWriter()
        }
    }

    /// What the file starts with (`[` for CSL JSON, nothing otherwise).
    public func header() -> String { csl?.header() ?? "" }

    /// The text of one paper.
    public mutating func entry(_ paper: PaperResult) throws -> String {
        switch format {
        case .bibtex: return bibtex!.entry(paper)
        case .ris: return ris.record(paper)
        case .csljson: return try csl!.item(paper)
        }
    }

    /// What the file ends with (`]` for CSL JSON, nothing otherwise).
    public func footer() -> String { csl?.footer() ?? "" }

    /// Every paper of `papers` in the format, as one text (for tests and small exports).
    public static func render(_ papers: [PaperResult], as format: CitationFormat) throws -> String {
        var export = CitationExport(format)
        var text = export.header()
        for paper in papers { text += try export.entry(paper) }
        return text + export.footer()
    }
}
