/// Reads BibTeX and BibLaTeX as Zotero, Better BibTeX, arXiv, Google Scholar and JabRef write
/// them into `LibraryEntry` values, finding each entry's arXiv ID in whichever field holds it.
public enum BibTeXReader {
    /// The entries of `text`; `file` names it in errors. Throws when the text holds `@` entries
    /// but not one of them can be read; single bad entries are skipped and counted.
    public static func read(_ text: String, file: String) throws -> LibraryContents {
        var parser = BibTeXParser(text)
        let (raw, failures) = parser.parse()
        var contents = LibraryContents(format: .bibtex)
        contents.skipped = failures.map { LibrarySkip(line: $0.line, reason: $0.reason) }
        for entry in raw {
            let mapped = self.entry(entry)
            if mapped.title == nil, mapped.arxivID == nil {
                contents.skipped.append(LibrarySkip(line: entry.line, reason: "@\(entry.type){\(entry.key) has neither a title nor an arXiv ID"))
            } else {
                contents.entries.append(mapped)
            }
        }
        if contents.entries.isEmpty, let first = failures.first {
            throw LibraryError.malformed(file: file, line: first.line, format: .bibtex, reason: first.reason)
        }
        contents.skipped.sort { $0.line < $1.line }
        return contents
    }

    static func entry(_ raw: BibTeXRawEntry) -> LibraryEntry {
        let f = raw.fields
        let title = f["title"].map(BibTeXText.decode).flatMap { $0.isEmpty ? nil : $0 }
        let authors = (f["author"] ?? f["editor"]).map(BibTeXText.names) ?? []
        let year = Int(f["year"]?.trimmingWhitespace() ?? "") ?? leadingYear(f["date"])
        let doi = f["doi"].map(BibTeXText.decode).flatMap { $0.isEmpty ? nil : $0 }
        let url = f["url"].map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        return LibraryEntry(title: title, authors: authors, year: year, doi: doi, url: url,
                            arxivID: arxivID(f), line: raw.line)
    }

    /// Where exporters put the ID, the most explicit first.
    static func arxivID(_ f: [String: String]) -> ArxivID? {
        let prefix = (f["archiveprefix"] ?? f["eprinttype"])?.lowercased().trimmingWhitespace()
        if let eprint = f["eprint"], prefix == nil || prefix == "arxiv", let id = ArxivIDFinder.identifier(eprint) { return id }
        if let id = f["arxivid"].flatMap(ArxivIDFinder.identifier) { return id }
        if let doi = f["doi"], let id = ArxivIDFinder.find(in: doi) { return id }
        for field in ["url", "journal", "journaltitle", "number", "note", "howpublished", "eprint", "pdf", "annote", "annotation", "addendum"] {
            if let value = f[field], let id = ArxivIDFinder.find(in: value) { return id }
        }
        return nil
    }
}
