/// A JSON value written byte for byte as `JSONEncoder` writes it with `.sortedKeys` and
/// `.withoutEscapingSlashes` (plus `.prettyPrinted` when asked), for the hot paths: on Linux,
/// `JSONEncoder` took a fifth of the time of a served search and most of a JSON lines export.
/// A test checks the two agree on every kind of value, escapes included.
public enum JSONText: Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONText])
    /// Keys are written sorted, whatever order they are given in.
    case object([(key: String, value: JSONText)])

    /// The JSON text; `pretty` indents by two spaces per level and writes `"key" : value`.
    public func rendered(pretty: Bool) -> String {
        String(decoding: renderedBytes(pretty: pretty), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes, for writers that send bytes (no String in between).
    public func renderedBytes(pretty: Bool) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        writer.write(self, depth: 0)
        return writer.bytes
    }
}

/// Writes JSON as UTF-8 bytes: appending bytes to one buffer is several times faster than
/// appending substrings to a `String` (a served search writes 33 KB of JSON). `JSONText` values
/// go through `write(_:depth:)`; hot writers that know their keys in sorted order call the
/// container methods directly and skip building a `JSONText` tree.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool

    init(pretty: Bool, capacity: Int = 4_096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ value: JSONText, depth: Int) {
        switch value {
        case let .string(text): writeString(text)
        case let .number(number): writeNumber(number)
        case let .bool(flag): writeBool(flag)
        case .null: writeNull()
        case let .array(items):
            openArray()
            for (i, item) in items.enumerated() {
                element(i, depth: depth)
                write(item, depth: depth + 1)
            }
            closeArray(depth: depth)
        case let .object(entries):
            openObject()
            // Callers usually list keys in order already; checking is cheaper than sorting.
            let isSorted = zip(entries, entries.dropFirst()).allSatisfy { $0.key < $1.key }
            for (i, entry) in (isSorted ? entries : entries.sorted { $0.key < $1.key }).enumerated() {
                member(entry.key, i, depth: depth)
                write(entry.value, depth: depth + 1)
            }
            closeObject(depth: depth)
        }
    }

    // MARK: Containers, for writers that stream their members

    mutating func openArray() { bytes.append(UInt8(ascii: "[")); open() }
    mutating func openObject() { bytes.append(UInt8(ascii: "{")); open() }
    mutating func closeArray(depth: Int) { close(depth: depth); bytes.append(UInt8(ascii: "]")) }
    mutating func closeObject(depth: Int) { close(depth: depth); bytes.append(UInt8(ascii: "}")) }

    /// Starts the `index`th element of an array that sits at `depth`.
    mutating func element(_ index: Int, depth: Int) { separate(index, depth: depth + 1) }

    /// Starts the `index`th member of an object that sits at `depth`: writes its key. Keys must
    /// come in sorted order (what `JSONEncoder` writes with `.sortedKeys`).
    mutating func member(_ key: String, _ index: Int, depth: Int) {
        separate(index, depth: depth + 1)
        writeString(key)
        bytes.append(contentsOf: (pretty ? " : " : ":").utf8)
    }

    /// A string array at `depth`, the way `write(.array(strings.map(JSONText.string)))` writes it.
    mutating func writeStrings(_ strings: [String], depth: Int) {
        openArray()
        for (i, string) in strings.enumerated() {
            element(i, depth: depth)
            writeString(string)
        }
        closeArray(depth: depth)
    }

    mutating func writeOptional(_ text: String?, droppingHighlights: Bool = false) {
        if let text { writeString(text, droppingHighlights: droppingHighlights) } else { writeNull() }
    }

    mutating func writeNumber(_ number: Double) { bytes.append(contentsOf: Self.numberText(number).utf8) }
    mutating func writeBool(_ flag: Bool) { bytes.append(contentsOf: (flag ? "true" : "false").utf8) }
    mutating func writeNull() { bytes.append(contentsOf: "null".utf8) }

    // JSONEncoder writes an empty container as "[\n\n  ]" when pretty.
    private mutating func open() { if pretty { bytes.append(UInt8(ascii: "\n")) } }

    private mutating func separate(_ index: Int, depth: Int) {
        if index > 0 { bytes.append(UInt8(ascii: ",")); open() }
        indent(depth)
    }

    private mutating func close(depth: Int) {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        indent(depth)
    }

    private mutating func indent(_ depth: Int) {
        guard pretty else { return }
        if 2 * depth <= Self.spaces.count {
            bytes.append(contentsOf: Self.spaces[..<(2 * depth)])
        } else {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

    /// Integral values without a fraction (`3`, not `3.0`), others as Swift prints them (`4.5`).
    private static func numberText(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// `text` as a JSON string. `droppingHighlights` leaves out the snippet marks
    /// (`PaperResult.highlightStart`/`End`), as `PaperResult.withoutHighlights` would, without a copy.
    mutating func writeString(_ text: String, droppingHighlights: Bool = false) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var plainStart = 0
            var index = 0
            while index < utf8.count {
                // Most text needs no escape: skip it eight bytes at a time.
                if index + 8 <= utf8.count,
                   !Self.mayNeedEscape(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                index += 1
                guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<index - 1]))
                plainStart = index
                if droppingHighlights && (byte == 0x02 || byte == 0x03) { continue }
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
                case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
                case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
                case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
                case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
                case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
                default:
                    let hex = String(byte, radix: 16)
                    bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart...]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Whether any of the eight bytes of `word` is a control character, a quote or a backslash (never false
    /// when one is; the byte loop then decides).
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let hasControl = (word &- 0x2020_2020_2020_2020) & ~word & highs != 0
        return hasControl || hasZeroByte(word ^ 0x2222_2222_2222_2222) || hasZeroByte(word ^ 0x5C5C_5C5C_5C5C_5C5C)
    }
}

/// The same value through `Encoder`, for documents that nest it (the JSON report).
extension JSONText: Encodable {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case let .string(text): var c = encoder.singleValueContainer(); try c.encode(text)
        case let .number(value): var c = encoder.singleValueContainer(); try c.encode(value)
        case let .bool(value): var c = encoder.singleValueContainer(); try c.encode(value)
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case let .array(items): var c = encoder.unkeyedContainer(); for item in items { try c.encode(item) }
        case let .object(entries):
            var c = encoder.container(keyedBy: Key.self)
            for (key, value) in entries { try c.encode(value, forKey: Key(stringValue: key)) }
        }
    }
}
