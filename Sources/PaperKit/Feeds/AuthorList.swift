/// Splits the one-string author lists of RSS `<dc:creator>`, arXivRaw `<authors>` and bulk JSON.
enum AuthorList {
    private static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"]

    /// `A. Smith (MIT), B. Jones, Jr., C. Doe and D. Roe` -> four authors, with affiliations taken
    /// from trailing parentheses. Commas inside parentheses or braces do not split; a suffix such as
    /// `Jr.` joins the previous name; a final ` and ` separates two names.
    static func split(_ text: String) -> [Author] {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        for ch in text {
            switch ch {
            case "(", "{", "[": depth += 1; current.append(ch)
            case ")", "}", "]": depth = max(0, depth - 1); current.append(ch)
            case "," where depth == 0, ";" where depth == 0:
                pieces.append(current)
                current = ""
            default: current.append(ch)
            }
        }
        pieces.append(current)

        var names: [String] = []
        for raw in pieces {
            let piece = FieldText.fold(raw)
            if piece.isEmpty { continue }
            if suffixes.contains(piece.lowercased()), let last = names.popLast() {
                names.append(last + " " + piece)
                continue
            }
            names.append(contentsOf: splitAnd(piece))
        }
        return names.map(author)
    }

    /// `A and B` inside one comma piece (the last pair of a list, or a two-author string).
    private static func splitAnd(_ piece: String) -> [String] {
        var s = piece
        if s.hasPrefix("and ") { s.removeFirst(4) }
        guard let r = s.range(of: " and "), !s[..<r.lowerBound].contains("("), !s[..<r.lowerBound].contains("{") else {
            return [s]
        }
        return [String(s[..<r.lowerBound]), String(s[r.upperBound...])].filter { !$0.isEmpty }
    }

    private static func author(_ piece: String) -> Author {
        var name = piece
        var affiliations: [String] = []
        while name.hasSuffix(")"), let open = matchingOpen(name) {
            let inner = FieldText.fold(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
            if !inner.isEmpty { affiliations.insert(TeXDecoder.decode(inner), at: 0) }
            name = FieldText.fold(String(name[..<open]))
        }
        return Author(name: TeXDecoder.decode(name), affiliations: affiliations)
    }

    private static func matchingOpen(_ s: String) -> String.Index? {
        var depth = 0
        var i = s.endIndex
        while i > s.startIndex {
            i = s.index(before: i)
            if s[i] == ")" { depth += 1 } else if s[i] == "(" {
                depth -= 1
                if depth == 0 { return i == s.startIndex ? nil : i }
            }
        }
        return nil
    }
}
