import Foundation

extension Watch {
    static let knownKeys = ["query", "authors", "categories", "min_score", "exclude", "types"]

    /// The `watches` object of `config.json`, by name. Stricter than the top level, whose unknown
    /// keys only warn: a misspelt field of a watch would silently widen what it selects, so any
    /// problem is an error naming the key path (exit 78), found before anything runs.
    static func read(_ object: [String: Any], with r: ConfigReader) throws -> [Watch] {
        try object.keys.sorted().map { name in
            let path = "watches.\(name)"
            guard isSlug(name) else {
                throw r.invalid(path, "is not a usable watch name; use lowercase letters, digits and dashes, like spec-decoding")
            }
            return try read(try r.object(object[name]!, at: path), name: name, at: path, with: r)
        }
    }

    private static func read(_ o: [String: Any], name: String, at path: String, with r: ConfigReader) throws -> Watch {
        if let unknown = o.keys.sorted().first(where: { !knownKeys.contains($0) }) {
            throw r.invalid("\(path).\(unknown)", "is not a watch field; use \(knownKeys.joined(separator: ", "))")
        }
        var watch = Watch(name: name)
        if let v = o["query"] {
            let query = try r.string(v, at: "\(path).query")
            guard SearchQuery(query).matchExpression != nil else {
                throw r.invalid("\(path).query", "has no word to search for; write words such as \"speculative decoding\"")
            }
            watch.query = query
        }
        if let v = o["authors"] {
            watch.authors = try r.strings(v, at: "\(path).authors", emptyFix: "write a name such as \"Tao Xie\"")
        }
        if let v = o["categories"] {
            watch.categories = try r.strings(v, at: "\(path).categories", emptyFix: "write a category such as cs.CL")
            for (i, category) in watch.categories.enumerated() where !Category.isWellFormed(category) {
                throw r.invalid("\(path).categories[\(i)]", "\"\(category)\" is not an arXiv category; write it like cs.AI or hep-th")
            }
        }
        if let v = o["min_score"] { watch.minScore = try r.double(v, at: "\(path).min_score", min: 0) }
        if let v = o["exclude"] {
            watch.exclude = try r.strings(v, at: "\(path).exclude", emptyFix: "write a word such as \"survey\"")
        }
        if let v = o["types"] {
            let names = try r.strings(v, at: "\(path).types", emptyFix: "use new, cross, replace or replace-cross")
            watch.types = try names.enumerated().map { i, name in
                guard let type = AnnounceType(rawValue: name.lowercased()) else {
                    throw r.invalid("\(path).types[\(i)]", "must be one of new, cross, replace, replace-cross, found \"\(name)\"")
                }
                return type
            }
        }
        guard watch.query != nil || !watch.authors.isEmpty else {
            throw r.invalid(path, "selects nothing on its own; give it a query, authors, or both")
        }
        return watch
    }

    /// Lowercase letters, digits and inner dashes, at most 64 characters.
    static func isSlug(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...64).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
    }
}

extension Array where Element == Watch {
    /// The watch called `name`, or an error listing the configured ones (exit 64).
    public func named(_ name: String) throws -> Watch {
        guard let watch = first(where: { $0.name == name }) else { throw WatchError.unknown(name: name, known: map(\.name)) }
        return watch
    }
}

/// A watch asked for by a name the configuration does not have.
public enum WatchError: ArxivBotError, Equatable {
    case unknown(name: String, known: [String])

    public var errorDescription: String? {
        switch self {
        case let .unknown(name, known) where known.isEmpty:
            return "no watch is called \(name): config.json has no watches; add a \"watches\" object (see docs/watches.md)"
        case let .unknown(name, known):
            return "no watch is called \(name); config.json has \(known.joined(separator: ", "))"
        }
    }

    public var exitCode: ExitStatus { .usage }
}
