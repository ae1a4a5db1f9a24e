import Foundation

/// Writes RFC 5322 header fields: every value is checked for control characters, non-ASCII text
/// becomes RFC 2047 encoded-words, and long lines are folded, so no value can start a header of
/// its own and no line is longer than 78 characters where a fold is possible.
public enum MailHeader {
    /// The longest line this writer produces when a value has spaces to fold at.
    static let foldWidth = 78

    /// Control characters (C0, DEL, C1): CR and LF would end the header, the others have no business in one.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `Name: value` with folding; `value` must already be in its header form (see `text`, `phrase`).
    /// Control characters are replaced by spaces here as a last defence; configuration refuses them earlier.
    static func field(_ name: String, _ value: String) -> String {
        let clean = String(String.UnicodeScalarView(value.unicodeScalars.map { isControl($0) ? " " : $0 }))
        return fold("\(name): \(clean)")
    }

    /// Unstructured text (a subject): as it is when ASCII, else encoded-words.
    static func text(_ value: String) -> String {
        value.unicodeScalars.allSatisfy(\.isASCII) ? value : encodedWords(value)
    }

    /// A display name: bare when it is atoms and spaces, quoted when it is other ASCII, encoded when not ASCII.
    static func phrase(_ value: String) -> String {
        guard value.unicodeScalars.allSatisfy(\.isASCII) else { return encodedWords(value) }
        let specials = Set("()<>[]:;@\\,.\"")
        if !value.contains(where: specials.contains) { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `=?UTF-8?B?...?=` words of at most 39 bytes of text each (64 characters encoded, so even the
    /// first word fits on the `Subject:` line), split
    /// between characters so no word holds half of one; separated by spaces, which `fold` may break at.
    static func encodedWords(_ value: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in value {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 39, !chunk.isEmpty {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: " ")
    }

    /// Breaks a header line before spaces so each piece is at most `foldWidth` characters (RFC 5322 §2.2.3);
    /// a run without spaces stays whole. The continuation lines start with the space.
    static func fold(_ line: String) -> String {
        guard line.count > foldWidth else { return line }
        var lines: [String] = []
        var current = ""
        for (index, word) in line.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index == 0 { current = String(word); continue }
            // Never right after the field name: the value would then start with the fold's space.
            if current.count + 1 + word.count > foldWidth, index > 1 {
                lines.append(current)
                current = " " + word
            } else {
                current += " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// RFC 5322 date-time in UTC: `Mon, 07 Dec 2026 22:55:00 +0000`.
    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
