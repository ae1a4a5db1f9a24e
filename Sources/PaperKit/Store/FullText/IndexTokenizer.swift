import CSQLite
import Foundation

/// The tokenizer of `papers_fts` (`porter unicode61 remove_diacritics 2`, schema 003), run from
/// Swift: the words a search phrase becomes in the index, so the search can look up the bounds
/// kept for them (`SearchBounds`). Using FTS5's own tokenizer, not a copy of its rules, is what
/// makes the looked-up word the one FTS5 matches.
final class IndexTokenizer {
    /// The index's `tokenize` option after `porter`: porter wraps this unicode61 tokenizer.
    static let arguments = ["unicode61", "remove_diacritics", "2"]

    private let tokenizer: fts5_tokenizer
    private let instance: OpaquePointer

    init(api: UnsafeMutablePointer<fts5_api>, database: Database) throws {
        (tokenizer, instance) = try Self.create("porter", arguments: Self.arguments, api: api, database: database)
    }

    /// An instance of FTS5's tokenizer `name` with `arguments`, and the functions that run it;
    /// the caller deletes the instance with `xDelete`.
    static func create(_ name: String, arguments: [String], api: UnsafeMutablePointer<fts5_api>,
                       database: Database) throws -> (fts5_tokenizer, OpaquePointer) {
        var context: UnsafeMutableRawPointer?
        var found = fts5_tokenizer()
        guard api.pointee.xFindTokenizer(api, name, &context, &found) == SQLITE_OK, let create = found.xCreate else {
            throw StoreError.cannotOpen(path: database.path, reason: "this SQLite's FTS5 has no \(name) tokenizer")
        }
        var made: OpaquePointer?
        let copies = arguments.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        var pointers = copies.map { UnsafePointer<CChar>($0) }
        let rc = pointers.withUnsafeMutableBufferPointer { create(context, $0.baseAddress, Int32($0.count), &made) }
        guard rc == SQLITE_OK, let made else {
            throw StoreError.cannotOpen(path: database.path, reason: "cannot create the \(name) tokenizer: \(String(cString: sqlite3_errstr(rc)))")
        }
        return (found, made)
    }

    deinit { tokenizer.xDelete?(instance) }

    /// The tokens of `text` as FTS5 tokenizes a query string, in order (synonyms left out).
    func tokens(_ text: String) -> [String] {
        final class Collected { var tokens: [String] = [] }
        let collected = Collected()
        var utf8 = Array(text.utf8CString)
        let count = Int32(utf8.count - 1)
        let rc = utf8.withUnsafeMutableBufferPointer { buffer in
            withExtendedLifetime(collected) {
                tokenizer.xTokenize(instance, Unmanaged.passUnretained(collected).toOpaque(), FTS5_TOKENIZE_QUERY,
                                    buffer.baseAddress, count) { context, flags, token, length, _, _ in
                    guard flags & FTS5_TOKEN_COLOCATED == 0, let token, let context else { return SQLITE_OK }
                    let bytes = UnsafeRawBufferPointer(start: token, count: Int(length))
                    Unmanaged<Collected>.fromOpaque(context).takeUnretainedValue().tokens.append(String(decoding: bytes, as: UTF8.self))
                    return SQLITE_OK
                }
            }
        }
        return rc == SQLITE_OK ? collected.tokens : []
    }
}
