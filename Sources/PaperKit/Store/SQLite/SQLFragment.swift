/// SQL text with the values of its `?` parameters, in order, so the two are built together and
/// cannot drift apart: a plan that joins fragments binds exactly the values its text declares
/// (`Statement.bind` checks the count as well).
package struct SQLFragment: Sendable, Equatable, ExpressibleByStringLiteral {
    package var text: String
    package var values: [SQLValue]

    package init(_ text: String, _ values: [SQLValue] = []) {
        self.text = text
        self.values = values
    }

    package init(stringLiteral text: String) { self.init(text) }

    /// `?, ?, ?`: one parameter per value, for `IN (...)` lists.
    package static func list(_ values: [SQLValue]) -> SQLFragment {
        SQLFragment(Array(repeating: "?", count: values.count).joined(separator: ", "), values)
    }

    package var isEmpty: Bool { text.isEmpty }

    /// Text and values of `lhs` followed by those of `rhs`.
    package static func + (lhs: SQLFragment, rhs: SQLFragment) -> SQLFragment {
        SQLFragment(lhs.text + rhs.text, lhs.values + rhs.values)
    }

    package static func += (lhs: inout SQLFragment, rhs: SQLFragment) { lhs = lhs + rhs }
}

extension Array where Element == SQLFragment {
    /// The fragments in order, their texts separated by `separator`.
    package func joined(separator: String) -> SQLFragment {
        var out = SQLFragment("")
        for (i, fragment) in enumerated() {
            if i > 0 { out.text += separator }
            out += fragment
        }
        return out
    }

    /// ` WHERE a AND b ...`, or nothing when there are no conditions.
    package var whereClause: SQLFragment {
        isEmpty ? "" : " WHERE " + joined(separator: " AND ")
    }
}
