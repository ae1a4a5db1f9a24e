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
        var out = ""
        write(to: &out, pretty: pretty, depth: 0)
        return out
    }

    private func write(to out: inout String, pretty: Bool, depth: Int) {
        switch self {
        case let .string(text): Self.writeString(text, to: &out)
        case let .number(value): out += Self.numberText(value)
        case let .bool(value): out += value ? "true" : "false"
        case .null: out += "null"
        case let .array(items):
            out += "["
            writeItems(items.map { (nil, $0) }, to: &out, pretty: pretty, depth: depth)
            out += "]"
        case let .object(entries):
            out += "{"
            writeItems(entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, to: &out, pretty: pretty, depth: depth)
            out += "}"
        }
    }

    private func writeItems(_ items: [(String?, JSONText)], to out: inout String, pretty: Bool, depth: Int) {
        // JSONEncoder writes an empty container as "[\n\n  ]" when pretty.
        if pretty { out += "\n" }
        for (i, (key, value)) in items.enumerated() {
            if i > 0 { out += pretty ? ",\n" : "," }
            if pretty { out += String(repeating: "  ", count: depth + 1) }
            if let key {
                Self.writeString(key, to: &out)
                out += pretty ? " : " : ":"
            }
            value.write(to: &out, pretty: pretty, depth: depth + 1)
        }
        if pretty { out += "\n" + String(repeating: "  ", count: depth) }
    }

    /// Integral values without a fraction (`3`, not `3.0`), others as Swift prints them (`4.5`).
    private static func numberText(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        var plainStart = text.utf8.startIndex
        var index = plainStart
        let utf8 = text.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                out += Substring(utf8[plainStart..<index])
                switch byte {
                case UInt8(ascii: "\""): out += "\\\""
                case UInt8(ascii: "\\"): out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x09: out += "\\t"
                case 0x0D: out += "\\r"
                case 0x08: out += "\\b"
                case 0x0C: out += "\\f"
                default:
                    let hex = String(byte, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                plainStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out += Substring(utf8[plainStart..<utf8.endIndex])
        out += "\""
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
