/// Reads the SQLite varints FTS5 writes in its docsize blobs (one per column) and its averages
/// record (rows, then tokens per column): 1 to 9 bytes, 7 bits per byte, high bit set while more
/// follow, and all 8 bits of a ninth byte.
struct SQLiteVarints: IteratorProtocol {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func next() -> Int64? {
        guard index < bytes.count else { return nil }
        var value: UInt64 = 0
        var length = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            length += 1
            if length == 9 { value = value << 8 | UInt64(byte); break }
            value = value << 7 | UInt64(byte & 0x7f)
            if byte & 0x80 == 0 { break }
        }
        return Int64(truncatingIfNeeded: value)
    }

    /// The sum of every varint in `bytes`: a docsize blob's row length in tokens.
    static func sum(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        var varints = SQLiteVarints(bytes)
        var sum: Int64 = 0
        while let value = varints.next() { sum += value }
        return Int32(clamping: sum)
    }
}
