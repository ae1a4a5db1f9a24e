import Foundation

/// One RFC 5322 message with a multipart/alternative body, ready for SMTP: CRLF line ends, every
/// header value escaped by `MailHeader`, every part quoted-printable, no line over 76 octets
/// except a header value without spaces to fold at.
///
/// It knows nothing of digests: `DigestMail` fills it. More alternatives (or a different subject)
/// are more values here, not a new writer.
public struct MailMessage: Sendable, Equatable {
    /// One alternative of the body, e.g. `text/plain` or `text/html`; least preferred first, as RFC 2046 orders them.
    public struct Part: Sendable, Equatable {
        /// The media type, e.g. `text/plain`; always sent with `charset=utf-8`.
        public var mediaType: String
        /// The text, with LF or CRLF line ends.
        public var text: String

        public init(mediaType: String, text: String) {
            self.mediaType = mediaType
            self.text = text
        }
    }

    public var from: MailAddress
    public var to: [MailAddress]
    /// The subject as plain text; encoded when it is written.
    public var subject: String
    public var date: Date
    /// Without the angle brackets: `UNIQUE@from-domain`.
    public var messageID: String
    /// The `List-Id` value without brackets, e.g. `arxiv-bot.example.org`.
    public var listID: String
    public var parts: [Part]

    /// A message with a fresh `Message-ID` at the sender's domain and `List-Id` `arxiv-bot.<domain>`.
    public init(from: MailAddress, to: [MailAddress], subject: String, date: Date = Date(), parts: [Part]) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.parts = parts
        let unique = UUID().uuidString.lowercased()
        messageID = "\(Int(date.timeIntervalSince1970)).\(unique)@\(from.domain)"
        listID = "arxiv-bot.\(from.domain)"
    }

    /// The whole message as SMTP's DATA carries it (without the dot-stuffing, which libcurl adds).
    public func rendered() -> String {
        let boundary = "=_arxiv-bot_" + UUID().uuidString  // "=_" never occurs in quoted-printable text
        var lines = [
            MailHeader.field("Date", MailHeader.date(date)),
            MailHeader.field("From", from.headerValue),
            MailHeader.field("To", to.map(\.headerValue).joined(separator: ", ")),
            MailHeader.field("Subject", MailHeader.text(subject)),
            MailHeader.field("Message-ID", "<\(messageID)>"),
            MailHeader.field("List-Id", "arXiv digest <\(listID)>"),
            // RFC 3834: no vacation auto-replies to a robot.
            MailHeader.field("Auto-Submitted", "auto-generated"),
            MailHeader.field("MIME-Version", "1.0"),
            MailHeader.field("Content-Type", "multipart/alternative; boundary=\"\(boundary)\""),
            "",
            "A MIME message: the same digest as plain text and as HTML.",
        ]
        for part in parts {
            lines += [
                // The CRLF before a boundary belongs to the boundary (RFC 2046 §5.1.1), so a part decodes
                // to exactly its text.
                "--\(boundary)",
                MailHeader.field("Content-Type", "\(part.mediaType); charset=utf-8"),
                MailHeader.field("Content-Transfer-Encoding", "quoted-printable"),
                "",
                QuotedPrintable.encode(part.text),
            ]
        }
        lines += ["--\(boundary)--", ""]
        return lines.joined(separator: "\r\n")
    }
}
