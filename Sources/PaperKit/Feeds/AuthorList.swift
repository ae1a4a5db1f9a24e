/// Splits the one-string author lists of RSS `<dc:creator>`, arXivRaw `<authors>` and bulk JSON.
enum AuthorList {
    private static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"]

    /// `A. Smith (MIT), B. Jones, Jr., C. Doe and D. Roe` -> four authors, with affiliations taken
    /// from trailing parentheses. Commas inside parentheses or braces do not split; a suffix such as
    /// `Jr.` joins the previous name; ` and ` separates two names.
    ///
    /// Splits on UTF-8 bytes (separators are ASCII): lists of 300+ names are common enough.
    static func split(_ text: String) -> [Author] {
        var pieces: [String] = []
        var copy = text
        copy.withUTF8 { s in
            var depth = 0
            var start = 0
            for i in 0..<s.count {
                switch s[i] {
                case 0x28, 0x7B, 0x5B: depth += 1                 // ( { [
                case 0x29, 0x7D, 0x5D: depth = max(0, depth - 1)  // ) } ]
                case 0x2C where depth == 0, 0x3B where depth == 0: // , ;
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: s[start..<i]), as: UTF8.self))
                    start = i + 1
                default: break
                }
            }
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: s[start..<s.count]), as: UTF8.self))
        }
        var names: [String] = []
        names.reserveCapacity(pieces.count)
        for raw in pieces {
            let piece = FieldText.fold(raw)
            if piece.isEmpty { continue }
            if piece.utf8.count <= 4, suffixes.contains(piece.lowercased()), let last = names.popLast() {
                names.append(last + " " + piece)
                continue
            }
            splitAnd(piece, into: &names)
        }
        return names.map(author)
    }

    /// `A and B` inside one comma piece (the last pair of a list, or a two-author string).
    private static func splitAnd(_ piece: String, into names: inout [String]) {
        var s = piece
        if s.hasPrefix("and ") { s.removeFirst(4) }
        let bytes = Array(s.utf8)
        let needle: [UInt8] = Array(" and ".utf8)
        if bytes.count > needle.count {
            for i in 0...(bytes.count - needle.count) {
                // An " and " inside parentheses or braces is part of an affiliation or a TeX group.
                if bytes[i] == 0x28 || bytes[i] == 0x7B { break }
                if bytes[i] == 0x20, bytes[i + 1] == 0x61, bytes[i..<(i + needle.count)].elementsEqual(needle) {
                    let first = String(decoding: bytes[..<i], as: UTF8.self)
                    let second = String(decoding: bytes[(i + needle.count)...], as: UTF8.self)
                    if !first.isEmpty { names.append(first) }
                    if !second.isEmpty { names.append(second) }
                    return
                }
            }
        }
        if !s.isEmpty { names.append(s) }
    }

    private static func author(_ piece: String) -> Author {
        guard piece.utf8.last == UInt8(ascii: ")") else { return Author(name: TeXDecoder.decodeName(piece)) }
        var name = piece
        var affiliations: [String] = []
        while name.hasSuffix(")"), let open = matchingOpen(name) {
            let inner = FieldText.fold(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
            if !inner.isEmpty { affiliations.insert(TeXDecoder.decode(inner), at: 0) }
            name = FieldText.fold(String(name[..<open]))
        }
        return Author(name: TeXDecoder.decodeName(name), affiliations: affiliations)
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
