import Foundation
import Testing

/// Python's bibtexparser (v2, with pylatexenc for TeX) and rispy, run as a child process, for
/// reading what the citation writers produce with parsers we did not write. `scripts/install-deps`
/// installs them. Unlike feedparser (optional outside CI), a missing module is a failure naming
/// the install command: these tests are the only check that real tools accept the output.
enum PythonParsers {
    /// bibtexparser's default middlewares (macros resolved, enclosing braces removed) plus TeX
    /// decoding. pylatexenc reads `\textasciicircum` as U+02C6, not `^`: the spec is corrected here.
    static let bibtex = """
        import json, sys, bibtexparser
        from bibtexparser import middlewares as m
        from pylatexenc import latex2text as l2t
        ctx = l2t.get_default_latex_context_db()
        ctx.add_context_category('arxivbot', prepend=True, macros=[l2t.MacroTextSpec('textasciicircum', '^')])
        decoder = l2t.LatexNodes2Text(latex_context=ctx, math_mode='verbatim', strict_latex_spaces=True)
        lib = bibtexparser.parse_file(sys.argv[1], append_middleware=[m.LatexDecodingMiddleware(decoder=decoder)])
        out = {"failed": len(lib.failed_blocks), "entries": [
            {"key": e.key, "type": e.entry_type, "fields": {k.lower(): " ".join(str(f.value).split()) for k, f in e.fields_dict.items()}}
            for e in lib.entries]}
        print(json.dumps(out))
        """

    static let ris = """
        import json, sys, rispy
        with open(sys.argv[1], encoding="utf-8") as f:
            records = rispy.load(f)
        keys = ["title", "authors", "year", "doi", "urls", "abstract", "journal_name", "accession_number"]
        print(json.dumps([{k: r.get(k) for k in keys} for r in records]))
        """

    struct BibEntry: Decodable { var key: String; var type: String; var fields: [String: String] }
    struct BibOutput: Decodable { var failed: Int; var entries: [BibEntry] }
    struct RISRecord: Decodable {
        var title: String?
        var authors: [String]
        var year: String?
        var doi: String?
        var urls: [String]?
        var abstract: String?
        var journal_name: String?
        var accession_number: String?
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `script` with `argument`; throws with Python's error (a missing module names the fix).
    static func run(_ script: String, _ argument: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, argument]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let hint = errors.contains("ModuleNotFoundError") ? " (run scripts/install-deps, or python3 -m pip install bibtexparser pylatexenc rispy)" : ""
            throw Missing(description: "python3 failed\(hint): \(errors.split(separator: "\n").last ?? "")")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
