/// Term hashes to feature indices: an open-addressing table with linear probing, slots chosen by
/// Fibonacci hashing of the key's high bits (FNV-1a's low bits mix poorly). Swift's `Dictionary`
/// hashes every key again with SipHash.
struct TermTable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int
    private let shift: UInt64
    private(set) var count = 0

    /// Room for `capacity` terms at most half full.
    init(capacity: Int) {
        var size = 16, bits: UInt64 = 4
        while size < capacity * 2 { size <<= 1; bits += 1 }
        shift = 64 - bits
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot; a term whose hash is 0 is stored as 1 (a collision no worse than any other).
    @inline(__always) private static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    @inline(__always) private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    mutating func insert(_ hash: UInt64, _ value: Int32) {
        let key = TermTable.key(hash)
        var slot = home(key)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    @inline(__always) subscript(hash: UInt64) -> Int32? {
        let key = TermTable.key(hash)
        var slot = home(key)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ hash: UInt64) -> Bool { self[hash] != nil }
}
