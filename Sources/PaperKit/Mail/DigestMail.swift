import Foundation

/// The digest of a range as an e-mail: the subject from `mail.subject`, and two alternatives
/// rendered by the report pipeline itself, so a part decodes to exactly what `report` writes:
/// text/plain is `report --template digest`, text/html is `report --format html --template digest`.
///
/// Sections of the digest (per-watch sections, say) belong to the renderers, and reach the mail
/// with no change here; a new subject count is one placeholder in `MailSubject`.
public struct DigestMail {
    public var settings: Configuration.Mail
    /// How both parts group their papers.
    public var group: ReportGroup = .day

    /// The alternatives in the order they are sent (the preferred one last, as RFC 2046 asks).
    public static let alternatives: [(mediaType: String, format: ReportFormat)] = [("text/plain", .markdown), ("text/html", .html)]

    public init(settings: Configuration.Mail) { self.settings = settings }

    /// The renderer behind the part of `format`, as `report` would pick it for `--template digest`.
    public func renderer(_ format: ReportFormat) -> any ReportRenderer {
        ReportRenderers.renderer(format: format, template: .digest, group: group)
    }

    /// The message for `digest`, dated `date`.
    public func message(for digest: Digest, date: Date = Date()) throws -> MailMessage {
        let parts = try Self.alternatives.map { MailMessage.Part(mediaType: $0.mediaType, text: try renderer($0.format).render(digest)) }
        return MailMessage(from: settings.from, to: settings.to, subject: MailSubject.render(settings.subject, digest: digest),
                           date: date, parts: parts)
    }
}
