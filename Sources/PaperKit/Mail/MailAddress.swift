/// One mailbox: an ASCII addr-spec (`bot@example.org`) with an optional display name
/// (`arXiv bot <bot@example.org>`).
///
/// Deliberately narrower than RFC 5322: no comments, no quoted local parts, no address literals,
/// no non-ASCII addresses (that needs SMTPUTF8). What it accepts can be put into a header and an
/// SMTP command as it is; the display name is quoted or encoded by `MailHeader`.
public struct MailAddress: Sendable, Equatable, CustomStringConvertible {
    /// The display name, if one was written; never empty, never holds a control character.
    public let name: String?
    /// `local@domain`, as written.
    public let address: String

    /// Parses `local@domain` or `Name <local@domain>`; nil when it is neither.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.unicodeScalars.contains(where: MailHeader.isControl) else { return nil }
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            var name = String(trimmed[..<open]).trimmingWhitespace()
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
            let inner = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            guard Self.isAddrSpec(inner), !name.contains("<"), !name.contains(">") else { return nil }
            self.name = name.isEmpty ? nil : name
            self.address = inner
        } else {
            guard Self.isAddrSpec(trimmed) else { return nil }
            self.name = nil
            self.address = trimmed
        }
    }

    /// The part after the `@`, lower case: the domain of `Message-ID` and `List-Id`.
    public var domain: String { String(address[address.index(after: address.lastIndex(of: "@")!)...]).lowercased() }

    /// The header form: `bot@example.org` or `arXiv bot <bot@example.org>` (the name quoted or encoded).
    public var headerValue: String {
        guard let name else { return address }
        return "\(MailHeader.phrase(name)) <\(address)>"
    }

    public var description: String { address }

    private static let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-")

    /// A dot-atom local part, `@`, and a host name of letters, digits and hyphens.
    static func isAddrSpec(_ s: String) -> Bool {
        let pieces = s.split(separator: "@", omittingEmptySubsequences: false)
        guard pieces.count == 2, pieces[0].count <= 64, s.count <= 254 else { return false }
        let local = pieces[0].split(separator: ".", omittingEmptySubsequences: false)
        guard local.allSatisfy({ !$0.isEmpty && $0.allSatisfy(atext.contains) }) else { return false }
        let labels = pieces[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
