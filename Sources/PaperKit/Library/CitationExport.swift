/// The formats `export` writes for reference managers.
public enum CitationFormat: String, Sendable, CaseIterable {
    case bibtex, ris, csljson
}

/// One export's writer for a `CitationFormat`: it keeps the state a file needs (the citation
/// keys given so far, whether a JSON item was written) across the papers streamed to it.
public struct CitationExport {
    private enum Writer {
        case bibtex(BibTeXWriter)
        case ris(RISWriter)
        case csl(CSLJSONWriter)
    }

    private var writer: Writer

    public init(_ format: CitationFormat) {
        switch format {
        case .bibtex: writer = .bibtex(BibTeXWriter())
        case .ris: writer = .ris(RISWriter())
        case .csljson: writer = .csl(CSLJSONWriter())
        }
    }

    /// What the file starts with (`[` for CSL JSON, nothing otherwise).
    public func header() -> String {
        if case let .csl(csl) = writer { return csl.header() }
        return ""
    }

    /// The text of one paper.
    public mutating func entry(_ paper: PaperResult) throws -> String {
        switch writer {
        case var .bibtex(bib):
            let text = bib.entry(paper)
            writer = .bibtex(bib)
            return text
        case let .ris(ris):
            return ris.record(paper)
        case var .csl(csl):
            let text = try csl.item(paper)
            writer = .csl(csl)
            return text
        }
    }

    /// What the file ends with (`]` for CSL JSON, nothing otherwise).
    public func footer() -> String {
        if case let .csl(csl) = writer { return csl.footer() }
        return ""
    }

    /// Every paper of `papers` in the format, as one text (for tests and small exports).
    public static func render(_ papers: [PaperResult], as format: CitationFormat) throws -> String {
        var export = CitationExport(format)
        var text = export.header()
        for paper in papers { text += try export.entry(paper) }
        return text + export.footer()
    }
}
