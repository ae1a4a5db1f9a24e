import Foundation

/// Reads Zotero JSON (Better BibTeX's `{"items": [...]}`, the Web API's `[{"data": {...}}]`) and
/// CSL JSON (`[{"id": ..., "title": ..., "author": [...]}]`): one item per object.
public enum JSONLibraryReader {
    /// The items of `text`. Throws when it is not JSON or holds no list of items.
    public static func read(_ text: String, file: String) throws -> LibraryContents {
        let data = Data(text.utf8)
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw LibraryError.malformed(file: file, line: errorLine(error, text: text), format: .json,
                                         reason: "not valid json")
        }
        let items: [Any]
        if let array = root as? [Any] {
            items = array
        } else if let object = root as? [String: Any], let array = object["items"] as? [Any] {
            items = array
        } else {
            throw LibraryError.malformed(file: file, line: 1, format: .json, reason: "expected an array of items or {\"items\": [...]}")
        }
        let lines = JSONItemLines.lines(text)
        var contents = LibraryContents(format: .json)
        for (index, item) in items.enumerated() {
            let line = index < lines.count ? lines[index] : 1
            guard var object = item as? [String: Any] else {
                contents.skipped.append(LibrarySkip(line: line, reason: "item \(index + 1) is not an object"))
                continue
            }
            if let data = object["data"] as? [String: Any] { object = data }
            let entry = self.entry(object, line: line)
            if entry.title == nil, entry.arxivID == nil {
                contents.skipped.append(LibrarySkip(line: line, reason: "item \(index + 1) has neither a title nor an arXiv ID"))
            } else {
                contents.entries.append(entry)
            }
        }
        return contents
    }

    static func entry(_ o: [String: Any], line: Int) -> LibraryEntry {
        func string(_ key: String) -> String? {
            if let s = o[key] as? String { return s.isEmpty ? nil : s }
            if let n = o[key] as? NSNumber { return n.stringValue }
            // Better BibTeX writes `extra` and `notes` as arrays of lines.
            if let a = o[key] as? [Any] { let s = a.compactMap { $0 as? String }.joined(separator: "\n"); return s.isEmpty ? nil : s }
            return nil
        }
        let people = (o["creators"] as? [[String: Any]])?.filter { ($0["creatorType"] as? String ?? "author") == "author" }
            ?? (o["author"] as? [[String: Any]]) ?? []
        let authors = people.compactMap { p -> String? in
            if let name = (p["name"] ?? p["literal"]) as? String { return name }
            let family = (p["lastName"] ?? p["family"]) as? String
            let given = (p["firstName"] ?? p["given"]) as? String
            let parts = [given, family].compactMap { $0 }.filter { !$0.isEmpty }
            return parts.isEmpty ? nil : parts.joined(separator: " ")
        }
        var year = leadingYear(string("date"))
        if year == nil, let issued = o["issued"] as? [String: Any] {
            year = ((issued["date-parts"] as? [[Any]])?.first?.first as? NSNumber)?.intValue ?? leadingYear(issued["raw"] as? String)
        }
        let doi = string("DOI") ?? string("doi")
        let url = string("url") ?? string("URL")
        var id: ArxivID?
        for key in ["archiveID", "extra", "DOI", "doi", "url", "URL", "number", "publicationTitle", "container-title",
                    "reportNumber", "note", "notes"] {
            if let value = string(key), let found = ArxivIDFinder.find(in: value) { id = found; break }
        }
        let title = string("title")?.normalizingWhitespace()
        return LibraryEntry(title: title, authors: authors, year: year, doi: doi, url: url, arxivID: id, line: line)
    }

    private static func errorLine(_ error: Error, text: String) -> Int {
        let description = "\(error)"
        if let range = description.range(of: "line ") {
            let digits = description[range.upperBound...].prefix(while: \.isNumber)
            if let n = Int(digits) { return n }
        }
        return 1
    }
}

/// The line on which each item of a JSON library starts, so skips and errors can name it:
/// objects opened directly in the top-level array, or in the `items` array of the top-level
/// object (Better BibTeX's `{"config": ..., "collections": ..., "items": [...]}`).
/// JSONSerialization reports no positions.
enum JSONItemLines {
    static func lines(_ text: String) -> [Int] {
        let quote = UInt8(ascii: "\""), open = UInt8(ascii: "{"), bracket = UInt8(ascii: "[")
        var lines: [Int] = []
        var stack: [UInt8] = []
        var line = 1
        var string: [UInt8]?
        var escaped = false
        var lastKey: [UInt8] = []
        var inItems = false
        for b in text.utf8 {
            if b == 0x0A { line += 1 }
            if string != nil {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == quote {
                    if stack.count == 1 { lastKey = string! }
                    string = nil
                    continue
                }
                string!.append(b)
                continue
            }
            switch b {
            case quote: string = []
            case open:
                if stack.last == bracket, stack.count == 1 || (stack.count == 2 && inItems) { lines.append(line) }
                stack.append(b)
            case bracket:
                if stack.count == 1, stack[0] == open { inItems = lastKey == Array("items".utf8) }
                stack.append(b)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): if !stack.isEmpty { stack.removeLast() }
            default: break
            }
        }
        return lines
    }
}
