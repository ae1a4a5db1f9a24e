import CSQLite
import Foundation

/// The search snippets, `arxiv_snippet(papers_fts, column, open, close, ellipsis, tokens)`: the
/// text FTS5's `snippet()` returns, computed in one pass over the column instead of two.
///
/// `snippet()` tokenizes the column twice per row through the table's tokenizer, once to find
/// where sentences start and once to highlight, and the porter stemmer stems every token of both
/// passes although neither looks at a stem: together a quarter of a distinct search's time. This
/// function asks the `unicode61` tokenizer the table's porter tokenizer wraps (porter changes a
/// token's text, never where it starts or ends) for the token boundaries once, then chooses and
/// highlights the same window with SQLite 3.40's rules (ext/fts5/fts5_aux.c). SnippetFunctionTests
/// compares its output with `snippet()`'s byte for byte.
enum SnippetFunction {
    static let name = "arxiv_snippet"

    /// Search results show the abstract (index column 1) around the matches, 16 tokens, the
    /// matched words between `PaperResult.highlightStart` and `highlightEnd`.
    static let searchColumn = 1
    static let searchWindow = 16
    static let searchMarkup = SnippetMarkup(open: Array(PaperResult.highlightStart.utf8),
                                            close: Array(PaperResult.highlightEnd.utf8), ellipsis: Array("…".utf8))
    /// The same snippet as an SQL call on `papers_fts`.
    static let searchCall = "\(name)(papers_fts, \(searchColumn), char(2), char(3), '…', \(searchWindow))"
    /// FTS5's own `snippet()` with the same arguments: the reference (`FullTextEngine.builtin`).
    static let builtinCall = "snippet(papers_fts, \(searchColumn), char(2), char(3), '…', \(searchWindow))"

    /// The arguments of the table's `unicode61` tokenizer (schema 003, after "porter unicode61").
    static let tokenizerArguments = ["remove_diacritics", "2"]

    /// Registers the function on the connection whose FTS5 API is `api`, working in `state`.
    static func register(on database: Database, api: UnsafeMutablePointer<fts5_api>, state: SnippetState) throws {
        try AuxiliaryFunction.register(name, arxivSnippet, context: state, on: database, api: api)
    }
}

/// FTS5 calls this once per row it returns. The arguments are snippet()'s: column (negative for
/// any), opening and closing highlight, ellipsis, and the window size in tokens.
private func arxivSnippet(api: UnsafePointer<Fts5ExtensionApi>?, fts: OpaquePointer?, context: OpaquePointer?,
                          argumentCount: Int32, arguments: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let api, let fts, let arguments, let userData = api.pointee.xUserData(fts) else { return }
    guard argumentCount == 5 else {
        return sqlite3_result_error(context, "wrong number of arguments to function \(SnippetFunction.name)()", -1)
    }
    let state = Unmanaged<SnippetState>.fromOpaque(userData).takeUnretainedValue()
    let markup = SnippetMarkup(open: text(arguments[1]), close: text(arguments[2]), ellipsis: text(arguments[3]))
    let rc = state.snippet(api.pointee, fts, column: Int(sqlite3_value_int(arguments[0])), markup: markup,
                           tokens: Int(sqlite3_value_int(arguments[4])))
    switch rc {
    case .some(SQLITE_OK):
        if state.output.isEmpty { return sqlite3_result_text(context, "", 0, nil) }
        state.output.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                sqlite3_result_text(context, $0.baseAddress, Int32($0.count), csqlite_transient())
            }
        }
    case .some(let code): sqlite3_result_error_code(context, code)
    case .none: sqlite3_result_null(context)
    }
}

/// A text argument as snippet() reads it: up to its first NUL, NULL as empty.
private func text(_ value: OpaquePointer?) -> [UInt8] {
    guard let pointer = sqlite3_value_text(value) else { return [] }
    return Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer)))
}

struct SnippetMarkup {
    var open: [UInt8]
    var close: [UInt8]
    var ellipsis: [UInt8]
}
