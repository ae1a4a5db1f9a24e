import Foundation

/// A word of a document: its bytes' FNV-1a hash and where the bytes are in `TokenizedText.bytes`.
struct Token {
    var hash: UInt64
    var start: Int
    var end: Int
}

/// A document lowercased and accent-stripped, with its words, as scikit-learn's
/// `TfidfVectorizer(strip_accents='unicode', lowercase=True, token_pattern=r'(?u)\b[a-zA-Z_][a-zA-Z0-9_]+\b')`
/// reads it: a token is a whole run of word characters that is ASCII letters, digits and `_`, at
/// least two long, not starting with a digit (a run holding any other word character, such as a
/// Greek letter, matches nothing, because the pattern needs a word boundary at both ends).
struct TokenizedText {
    private(set) var bytes: [UInt8] = []
    private(set) var tokens: [Token] = []

    /// Marks a non-ASCII word character: it belongs to a run but spoils it.
    private static let foreign: UInt8 = 0x80

    init(_ text: String) {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 { ascii = false; break }
        if ascii {
            bytes = Array(text.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                for i in buffer.indices { buffer[i] = TokenizedText.wordByte(buffer[i]) }
            }
        } else {
            // NFKD, then drop combining marks: sklearn's strip_accents_unicode.
            for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
                if scalar.properties.canonicalCombiningClass != .notReordered { continue }
                if scalar.isASCII {
                    bytes.append(TokenizedText.wordByte(UInt8(scalar.value)))
                } else {
                    let word = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    bytes.append(word ? TokenizedText.foreign : 0x20)
                }
            }
        }
        scan()
    }

    /// Lowercase for an ASCII letter, itself for a digit or `_`, a space for anything else.
    private static func wordByte(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A: return byte | 0x20
        case 0x61...0x7A, 0x30...0x39, 0x5F: return byte
        default: return byte >= 0x80 ? foreign : 0x20
        }
    }

    private mutating func scan() {
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] != 0x20 else { i += 1; continue }
            let start = i
            var valid = !(bytes[i] >= 0x30 && bytes[i] <= 0x39)
            var hash = TermHash.seed
            while i < n && bytes[i] != 0x20 {
                if bytes[i] == TokenizedText.foreign { valid = false }
                hash = TermHash.step(hash, bytes[i])
                i += 1
            }
            if valid && i - start >= 2 { tokens.append(Token(hash: hash, start: start, end: i)) }
        }
    }

    /// The text of `token`.
    func text(_ token: Token) -> String {
        String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    /// The hash of `first second`, continued from the first word's hash.
    func bigramHash(_ first: Token, _ second: Token) -> UInt64 {
        var hash = TermHash.step(first.hash, 0x20)
        for i in second.start..<second.end { hash = TermHash.step(hash, bytes[i]) }
        return hash
    }
}

/// 64-bit FNV-1a over a term's bytes: the vectorizer keys terms by hash, so a document's words
/// never become Strings unless they are new to the vocabulary (collisions are negligible at 64 bits).
enum TermHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func of(_ text: String) -> UInt64 {
        text.utf8.reduce(seed, step)
    }
}
