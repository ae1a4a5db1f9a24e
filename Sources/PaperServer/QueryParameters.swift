import Foundation
import PaperKit

/// The query string of a request, decoded (`+` and percent escapes) and checked against
/// `RequestLimits`: a value too long or a value that is not what its name asks for is a 400
/// with a one-line message naming the parameter.
struct QueryParameters {
    private var values: [String: [String]] = [:]

    init(_ query: String?) throws {
        guard let query, !query.isEmpty else { return }
        let pairs = query.split(separator: "&", omittingEmptySubsequences: true)
        guard pairs.count <= RequestLimits.parameterCount else {
            throw ServerError.badParameter("too many query parameters (at most \(RequestLimits.parameterCount))")
        }
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0]) ?? ""
            guard let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
                throw ServerError.badParameter("parameter \(Self.shown(name)) is not valid percent-encoded UTF-8")
            }
            guard value.count <= RequestLimits.parameterCharacters else {
                throw ServerError.badParameter("parameter \(Self.shown(name)) is too long (at most \(RequestLimits.parameterCharacters) characters)")
            }
            values[name, default: []].append(value)
        }
    }

    private static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// A parameter name cut short for a message (names are not escaped here; renderers escape).
    static func shown(_ name: String) -> String { name.count > 20 ? String(name.prefix(20)) + "..." : name }

    /// The first non-empty value, trimmed.
    func string(_ name: String) -> String? {
        values[name]?.lazy.map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
    }

    /// Every non-empty value, trimmed, in order (`q=a&q=b`); commas are kept.
    func all(_ name: String) -> [String] {
        (values[name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Every non-empty value; comma lists are split (`type=new,cross`).
    func list(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    func day(_ name: String) throws -> Day? {
        guard let text = string(name) else { return nil }
        do { return try DigestRange.parseDay(text, option: name) } catch let error as ReportError {
            throw ServerError.badParameter(error.message)
        }
    }

    func double(_ name: String) throws -> Double? {
        guard let text = string(name) else { return nil }
        guard let value = Double(text), value.isFinite else { throw ServerError.badParameter("\(name) must be a number, not \(text)") }
        return value
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw ServerError.badParameter("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
