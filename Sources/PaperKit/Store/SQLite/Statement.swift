import CSQLite

/// A value bound to a statement parameter.
package enum SQLValue: Sendable, Equatable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    case blob([UInt8])
}

/// A prepared statement. Owned by one `Database`; finalized in `deinit`.
///
/// Parameters are always bound, never spliced into SQL text.
package final class Statement {
    private let stmt: OpaquePointer
    private let database: Database
    let sql: String

    init(_ stmt: OpaquePointer, database: Database, sql: String) {
        self.stmt = stmt
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(stmt) }

    /// How many values the SQL declares (the highest `?N`).
    package var parameterCount: Int { Int(sqlite3_bind_parameter_count(stmt)) }

    /// Resets the statement and binds `values` to parameters 1...n: exactly as many values as the
    /// SQL has parameters (the highest `?N`), else `StoreError.parameterCount` before anything runs.
    @discardableResult
    package func bind(_ values: [SQLValue]) throws -> Statement {
        // reset repeats the error of a failed last step, which step() has already thrown.
        sqlite3_reset(stmt)
        let rc = sqlite3_clear_bindings(stmt)
        guard rc == SQLITE_OK else { throw database.lastError(code: rc, sql: sql) }
        let expected = parameterCount
        guard values.count == expected else {
            throw StoreError.parameterCount(sql: sql, expected: expected, given: values.count)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(stmt, index)
            case let .int(n): rc = sqlite3_bind_int64(stmt, index, n)
            case let .double(d): rc = sqlite3_bind_double(stmt, index, d)
            case let .text(s): rc = sqlite3_bind_text(stmt, index, s, -1, csqlite_transient())
            case let .blob(bytes): rc = bytes.withUnsafeBytes { sqlite3_bind_blob64(stmt, index, $0.baseAddress, UInt64($0.count), csqlite_transient()) }
            }
            guard rc == SQLITE_OK else { throw database.lastError(code: rc, sql: sql) }
        }
        return self
    }

    /// Advances to the next row; false when the statement is done.
    package func step() throws -> Bool {
        let rc = sqlite3_step(stmt)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.lastError(code: rc, sql: sql)
        }
    }

    /// Binds, runs to completion and returns the number of rows changed.
    @discardableResult
    package func run(_ values: [SQLValue] = []) throws -> Int {
        try bind(values)
        while try step() {}
        return database.changes
    }

    /// Binds and calls `row` for every result row, streaming (nothing is collected here).
    /// Resets when done, also after a throw, so a cached statement never holds a read snapshot open.
    package func forEach(_ values: [SQLValue] = [], _ row: (Statement) throws -> Void) throws {
        try bind(values)
        defer { sqlite3_reset(stmt) }
        while try step() { try row(self) }
    }

    /// As `forEach`, with `pointer` bound to parameter `index` (1-based; `values` holds a `.null`
    /// there) as SQLite's pointer type `type`: only an SQL function asking for that same type can
    /// read it back (`sqlite3_value_pointer`), and only during this call, so what the pointer
    /// carries is state of one statement run, not of the connection.
    package func forEach(_ values: [SQLValue], pointer: UnsafeMutableRawPointer, at index: Int, type: StaticString,
                         _ row: (Statement) throws -> Void) throws {
        try bind(values)
        defer { sqlite3_reset(stmt); sqlite3_clear_bindings(stmt) }
        let name = UnsafeRawPointer(type.utf8Start).assumingMemoryBound(to: CChar.self)
        let rc = sqlite3_bind_pointer(stmt, Int32(index), pointer, name, nil)
        guard rc == SQLITE_OK else { throw database.lastError(code: rc, sql: sql) }
        while try step() { try row(self) }
    }

    /// Binds and returns the first row mapped by `transform`, or nil.
    package func first<T>(_ values: [SQLValue] = [], _ transform: (Statement) throws -> T) throws -> T? {
        try bind(values)
        defer { sqlite3_reset(stmt) }
        return try step() ? transform(self) : nil
    }

    // MARK: Columns of the current row (0-based)

    /// 64-bit integer; NULL reads as 0, text and reals are converted by SQLite's rules.
    package func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(stmt, column)) }
    /// NULL reads as 0.0.
    package func double(_ column: Int32) -> Double { sqlite3_column_double(stmt, column) }
    /// Whether the column holds SQL NULL (not an empty string or 0).
    package func isNull(_ column: Int32) -> Bool { sqlite3_column_type(stmt, column) == SQLITE_NULL }
    /// nil for NULL, else `int(column)`.
    package func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    /// UTF-8 text; NULL reads as "", invalid UTF-8 is repaired with U+FFFD.
    /// Columns of the rows this statement yields.
    package var columnCount: Int32 { sqlite3_column_count(stmt) }

    package func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(stmt, column) else { return "" }
        let count = Int(sqlite3_column_bytes(stmt, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Calls `body` with the column's bytes (a blob's, or text's UTF-8), valid only during the call.
    package func withBlob<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let bytes = sqlite3_column_blob(stmt, column)
        let count = Int(sqlite3_column_bytes(stmt, column))
        return try body(UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : count))
    }

    /// nil for NULL, else `text(column)`.
    package func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }
}

extension SQLValue {
    /// `.text` or `.null`, for optional columns.
    package static func optional(_ s: String?) -> SQLValue { s.map(SQLValue.text) ?? .null }
    /// `.int` or `.null`.
    package static func optional(_ n: Int?) -> SQLValue { n.map { .int(Int64($0)) } ?? .null }
    /// The ISO day (`2026-01-31`) as `.text`, or `.null`.
    package static func optional(_ d: Day?) -> SQLValue { d.map { .text($0.description) } ?? .null }
}
