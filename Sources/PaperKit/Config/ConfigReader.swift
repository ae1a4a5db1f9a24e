import Foundation

/// Reads values out of `JSONSerialization` output, checking each one by hand so that an error names the
/// exact key path (Codable would only say "data couldn't be read").
///
/// `JSONSerialization` returns every number and boolean as `NSNumber`; on Linux `as? Bool` and `as? Int`
/// succeed on both, so the kind is decided by `objCType` ("c" is a JSON `true`/`false`).
struct ConfigReader {
    let source: String
    private(set) var warnings: [String] = []

    init(source: String) { self.source = source }

    // MARK: kinds

    private enum Kind { case null, bool(Bool), integer(Int), bigInteger, real(Double), string(String), array([Any]), object([String: Any]), other }

    private static func kind(of value: Any) -> Kind {
        if value is NSNull { return .null }
        if let s = value as? String { return .string(s) }
        if let a = value as? [Any] { return .array(a) }
        if let o = value as? [String: Any] { return .object(o) }
        if let n = value as? NSNumber {
            switch String(cString: n.objCType) {
            case "c", "B": return .bool(n.boolValue)
            case "d", "f": return .real(n.doubleValue)
            case "Q", "L": return n.uint64Value > UInt64(Int.max) ? .bigInteger : .integer(n.intValue)
            default: return .integer(n.intValue)
            }
        }
        return .other
    }

    /// How a found value is described in a message: `the string "ten"`, `true`, `an array`, `the number 1.5`.
    static func describe(_ value: Any) -> String {
        switch kind(of: value) {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return "the number \(i)"
        case .bigInteger: return "a number too large to use"
        case .real(let d): return "the number \(format(d))"
        case .string(let s): return "the string \"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
        case .array: return "an array"
        case .object: return "an object"
        case .other: return "an unexpected value"
        }
    }

    static func format(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    // MARK: errors

    func wrongType(_ path: String, _ expected: String, _ value: Any) -> ConfigError {
        .wrongType(source: source, keyPath: path, expected: expected, found: Self.describe(value))
    }

    func invalid(_ path: String, _ problem: String) -> ConfigError {
        .invalidValue(source: source, keyPath: path, problem: problem)
    }

    // MARK: values

    func bool(_ value: Any, at path: String) throws -> Bool {
        if case .bool(let b) = Self.kind(of: value) { return b }
        throw wrongType(path, "true or false", value)
    }

    /// A whole number in `min...max`; `10.0` counts as whole.
    func int(_ value: Any, at path: String, min: Int, max: Int = Int.max) throws -> Int {
        let n: Int
        let tooLarge = invalid(path, "is too large, found \(Self.describe(value)); use a smaller whole number")
        switch Self.kind(of: value) {
        case .integer(let i): n = i
        case .bigInteger: throw tooLarge
        case .real(let d) where abs(d) >= 1e15: throw tooLarge
        case .real(let d) where d == d.rounded(): n = Int(d)
        default: throw wrongType(path, "a whole number", value)
        }
        try check(Double(n), at: path, min: Double(min), max: max == Int.max ? nil : Double(max))
        return n
    }

    /// Any JSON number (integers included) in `min...max`.
    func double(_ value: Any, at path: String, min: Double, max: Double? = nil) throws -> Double {
        let d: Double
        switch Self.kind(of: value) {
        case .integer(let i): d = Double(i)
        case .real(let r): d = r
        default: throw wrongType(path, "a number", value)
        }
        try check(d, at: path, min: min, max: max)
        return d
    }

    private func check(_ d: Double, at path: String, min: Double, max: Double?) throws {
        if d < min { throw invalid(path, "must be at least \(Self.format(min)), found \(Self.format(d))") }
        if let max, d > max { throw invalid(path, "must be at most \(Self.format(max)), found \(Self.format(d))") }
    }

    /// A string, trimmed; empty ones are refused unless `allowEmpty`.
    func string(_ value: Any, at path: String, allowEmpty: Bool = false) throws -> String {
        guard case .string(let s) = Self.kind(of: value) else { throw wrongType(path, "a string", value) }
        let trimmed = s.trimmingWhitespace()
        if trimmed.isEmpty && !allowEmpty { throw invalid(path, "is empty; give it a value or remove the key to use the default") }
        return trimmed
    }

    /// nil for JSON `null`, else a non-empty string.
    func optionalString(_ value: Any, at path: String) throws -> String? {
        if value is NSNull { return nil }
        return try string(value, at: path)
    }

    /// One of `allowed`, compared case-insensitively.
    func choice(_ value: Any, at path: String, allowed: [String]) throws -> String {
        let s = try string(value, at: path).lowercased()
        guard allowed.contains(s) else {
            throw invalid(path, "must be one of \(allowed.map { "\"\($0)\"" }.joined(separator: ", ")), found \(Self.describe(value))")
        }
        return s
    }

    /// An array of non-empty trimmed strings; `emptyFix` completes "categories[2] is empty; ...".
    func strings(_ value: Any, at path: String, emptyFix: String) throws -> [String] {
        guard case .array(let items) = Self.kind(of: value) else { throw wrongType(path, "an array of strings", value) }
        return try items.enumerated().map { index, item in
            let itemPath = "\(path)[\(index)]"
            guard case .string(let s) = Self.kind(of: item) else { throw wrongType(itemPath, "a string", item) }
            let trimmed = s.trimmingWhitespace()
            if trimmed.isEmpty { throw invalid(itemPath, "is empty; \(emptyFix)") }
            return trimmed
        }
    }

    /// An http(s) URL, or a `file://` URL (for tests and mirrors) when `allowFile`.
    func url(_ value: Any, at path: String, allowFile: Bool) throws -> String {
        let s = try string(value, at: path)
        let schemes = allowFile ? ["http", "https", "file"] : ["http", "https"]
        let want = allowFile ? "an http(s) or file:// URL" : "an http(s) URL"
        guard let url = URL(string: s), let scheme = url.scheme?.lowercased(), schemes.contains(scheme) else {
            throw invalid(path, "must be \(want), found \(Self.describe(value)); write it like https://example.org/path")
        }
        if scheme != "file", (url.host ?? "").isEmpty {
            throw invalid(path, "has no host name, found \(Self.describe(value)); write it like https://example.org/path")
        }
        return s
    }

    func object(_ value: Any, at path: String) throws -> [String: Any] {
        guard case .object(let o) = Self.kind(of: value) else { throw wrongType(path, "an object { ... }", value) }
        return o
    }

    // MARK: unknown keys

    /// Records a warning for every key of `object` not in `known`, suggesting a near miss.
    mutating func warnUnknownKeys(in object: [String: Any], known: [String], prefix: String = "") {
        for key in object.keys.sorted() where !known.contains(key) {
            var line = "\(source): unknown key \"\(prefix)\(key)\" ignored"
            if let near = Self.nearest(to: key, in: known) { line += "; did you mean \"\(prefix)\(near)\"?" }
            warnings.append(line)
        }
    }

    private static func nearest(to key: String, in known: [String]) -> String? {
        let k = key.lowercased().replacingOccurrences(of: "-", with: "_")
        let scored = known.map { ($0, editDistance(Array(k), Array($0))) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let old = row[j]
                row[j] = Swift.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return row[b.count]
    }
}
