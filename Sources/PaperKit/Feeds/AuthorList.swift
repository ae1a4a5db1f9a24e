/// Splits the one-string author lists of RSS `<dc:creator>`, arXivRaw `<authors>` and bulk JSON.
enum AuthorList {
    private static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"]

    /// `A. Smith (MIT), B. Jones, Jr., C. Doe and D. Roe` -> four authors, with affiliations taken
    /// from trailing parentheses. Commas inside parentheses or braces do not split; a suffix such as
    /// `Jr.` joins the previous name; every ` and ` outside a group separates two names. Numbered
    /// affiliations (`A (1), B (2) ((1) MIT, (2) CERN)`) are resolved through the closing list.
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
        let footnotes = takeFootnotes(from: &names)
        return names.map { author($0, footnotes: footnotes) }.filter { isName($0.name) }
    }

    /// Whether a split-off piece is a name at all: arXiv's own name parsing and stray separators
    /// leave debris such as `:` or `.` as separate "authors".
    static func isName(_ name: String) -> Bool { name.contains(where: \.isLetter) }

    /// `A and B and C` inside one comma piece (the last pair of a list, or a whole list written
    /// with `and`). An ` and ` inside parentheses or braces belongs to an affiliation or a TeX
    /// group, so only the ones outside every group split.
    private static func splitAnd(_ piece: String, into names: inout [String]) {
        var s = piece
        if s.hasPrefix("and ") { s.removeFirst(4) }
        let bytes = Array(s.utf8)
        let needle: [UInt8] = Array(" and ".utf8)
        var depth = 0
        var start = 0
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case 0x28, 0x7B, 0x5B: depth += 1                 // ( { [
            case 0x29, 0x7D, 0x5D: depth = max(0, depth - 1)  // ) } ]
            case 0x20 where depth == 0 && bytes[i...].starts(with: needle):
                let name = String(decoding: bytes[start..<i], as: UTF8.self)
                if !name.isEmpty { names.append(name) }
                i += needle.count
                start = i
                continue
            default: break
            }
            i += 1
        }
        let last = String(decoding: bytes[start...], as: UTF8.self)
        if !last.isEmpty { names.append(last) }
    }

    /// `((1) University of Cape Town, (2) University of Edinburgh)` closing the list: the
    /// affiliations that names refer to by number (`Maciej Bilicki (1,2)`). Removes the group
    /// from the last name and returns number -> affiliation; empty when there is no such list.
    private static func takeFootnotes(from names: inout [String]) -> [String: String] {
        guard let last = names.last, last.hasSuffix(")"), let open = matchingOpen(last) else { return [:] }
        let inner = last[last.index(after: open)..<last.index(before: last.endIndex)]
        guard footnoteMarker(inner, at: inner.startIndex) != nil else { return [:] }
        var footnotes: [String: String] = [:]
        var number: String?
        var textStart = inner.startIndex
        var depth = 0
        var i = inner.startIndex
        func close(at end: String.Index) {
            guard let number else { return }
            var text = FieldText.fold(String(inner[textStart..<end]))
            while text.hasSuffix(",") || text.hasSuffix(";") { text = FieldText.fold(String(text.dropLast())) }
            if !text.isEmpty { footnotes[number] = TeXDecoder.decode(text) }
        }
        while i < inner.endIndex {
            if depth == 0, let (marker, next) = footnoteMarker(inner, at: i) {
                close(at: i)
                number = marker
                textStart = next
                i = next
                continue
            }
            if inner[i] == "(" { depth += 1 } else if inner[i] == ")" { depth = max(0, depth - 1) }
            i = inner.index(after: i)
        }
        close(at: inner.endIndex)
        names[names.count - 1] = FieldText.fold(String(last[..<open]))
        return footnotes
    }

    /// `(12)` at `i`: the number and the index after the closing parenthesis.
    private static func footnoteMarker(_ s: Substring, at i: String.Index) -> (String, String.Index)? {
        guard i < s.endIndex, s[i] == "(" else { return nil }
        let digits = s[s.index(after: i)...].prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.endIndex < s.endIndex, s[digits.endIndex] == ")" else { return nil }
        return (String(digits), s.index(after: digits.endIndex))
    }

    private static func author(_ piece: String, footnotes: [String: String]) -> Author {
        guard piece.utf8.last == UInt8(ascii: ")") else { return Author(name: TeXDecoder.decodeName(piece)) }
        var name = piece
        var affiliations: [String] = []
        while name.hasSuffix(")"), let open = matchingOpen(name) {
            let inner = FieldText.fold(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
            if !inner.isEmpty { affiliations.insert(contentsOf: resolve(inner, footnotes), at: 0) }
            name = FieldText.fold(String(name[..<open]))
        }
        return Author(name: TeXDecoder.decodeName(name), affiliations: affiliations)
    }

    /// `1,2` -> the footnoted affiliations 1 and 2; anything else is the affiliation itself.
    private static func resolve(_ inner: String, _ footnotes: [String: String]) -> [String] {
        let numbers = inner.split { $0 == "," || $0 == " " }
        guard !footnotes.isEmpty, numbers.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return [TeXDecoder.decode(inner)]
        }
        return numbers.compactMap { footnotes[String($0)] }
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
