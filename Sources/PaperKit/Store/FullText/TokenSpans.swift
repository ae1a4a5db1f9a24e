import CSQLite

/// Start and end offsets of each token, kept in one growing buffer so the per-token callback
/// neither allocates nor checks array uniqueness.
struct TokenSpans {
    private(set) var count = 0
    private var capacity = 0
    private var storage: UnsafeMutablePointer<Int32>?

    mutating func append(start: Int32, end: Int32) {
        if count == capacity {
            capacity = max(256, capacity * 2)
            let grown = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * capacity)
            if let storage {
                grown.update(from: storage, count: 2 * count)
                storage.deallocate()
            }
            storage = grown
        }
        storage![2 * count] = start
        storage![2 * count + 1] = end
        count += 1
    }

    mutating func removeAll() { count = 0 }

    func start(_ i: Int) -> Int32 { storage![2 * i] }
    func end(_ i: Int) -> Int32 { storage![2 * i + 1] }

    /// Frees the buffer; the owner calls this once, when it goes away.
    mutating func deallocate() {
        storage?.deallocate()
        storage = nil
        count = 0
        capacity = 0
    }
}

/// FTS5's token callback for `SnippetState.tokenize`: `context` is the `TokenSpans` to fill.
func appendTokenSpan(_ context: UnsafeMutableRawPointer?, _ flags: Int32, _ token: UnsafePointer<CChar>?,
                         _ length: Int32, _ start: Int32, _ end: Int32) -> Int32 {
    // A colocated token (a synonym) shares the position of the one before it.
    if flags & FTS5_TOKEN_COLOCATED != 0 { return SQLITE_OK }
    context!.assumingMemoryBound(to: TokenSpans.self).pointee.append(start: start, end: end)
    return SQLITE_OK
}
