import Foundation

/// Builds the digest of a range from the store and mails it (or writes the message, for
/// `--dry-run`); the one entry point of `mail`, `ingest --mail` and the server's daily job.
public struct DigestMailer {
    public let workspace: Workspace
    /// Where the password is read from, at send time only.
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// The instant printed as "generated" in the bodies and used as the `Date` header.
    public var now: Date = Date()
    /// The watches with a section of their own (default: every configured watch); with
    /// `onlyWatches`, their papers replace the keyword selection (`mail --watch NAME`).
    public var watches: [Watch]
    public var onlyWatches = false

    public init(workspace: Workspace) {
        self.workspace = workspace
        watches = workspace.configuration.watches
    }

    /// The configured selection (as `report` uses it) over `range`, with the watches' sections.
    public func digest(range: DigestRange, selection: DigestSelection? = nil) throws -> Digest {
        let config = workspace.configuration
        var builder = DigestBuilder(store: workspace.store, configuration: config)
        builder.includeCharts = true   // the html part is the html digest
        return try builder.build(range: range, selection: selection ?? DigestSelection(configuration: config), watches: watches,
                   only: onlyWatches, generatedAt: now)
    }

    /// The message for `range`; throws `ConfigError.noMail` when mail is not configured.
    public func message(range: DigestRange, selection: DigestSelection? = nil) throws -> (MailMessage, Digest) {
        let settings = try workspace.configuration.requireMail()
        let digest = try digest(range: range, selection: selection)
        return (try DigestMail(settings: settings).message(for: digest, date: now), digest)
    }

    /// Sends the digest of `range` to every configured recipient. Everything the configuration or
    /// environment lacks (mail block, password, CA file) is found before connecting.
    public func send(range: DigestRange, selection: DigestSelection? = nil) throws -> MailReport {
        let settings = try workspace.configuration.requireMail()
        let client = SMTPClient(server: settings.server, credentials: try SMTPCredentials.from(settings, environment: environment),
                                caFile: workspace.configuration.mailCAFilePath())
        let (message, digest) = try message(range: range, selection: selection)
        try client.send(message)
        return MailReport(range: digest.range.label, recipients: message.to.count, papers: digest.entries.count,
                          watches: digest.watchSections.count)
    }
}

/// What one `mail` did, for the line the CLI prints and the server logs.
public struct MailReport: Sendable, Equatable {
    /// The range's label, e.g. `2026-12-07`.
    public var range: String
    public var recipients: Int
    public var papers: Int
    /// Watch sections in the message.
    public var watches: Int

    public init(range: String, recipients: Int, papers: Int, watches: Int = 0) {
        (self.range, self.recipients, self.papers, self.watches) = (range, recipients, papers, watches)
    }

    /// `mailed the 2026-12-07 digest to 1 recipient (31 papers, 3 watches)`.
    public var summary: String { summary(verb: "mailed") }

    /// The same line with another verb, e.g. `wrote` for a dry run.
    public func summary(verb: String) -> String {
        let people = recipients == 1 ? "1 recipient" : "\(recipients) recipients"
        var count = papers == 1 ? "1 paper" : "\(papers) papers"
        if watches > 0 { count += watches == 1 ? ", 1 watch" : ", \(watches) watches" }
        return "\(verb) the \(range) digest to \(people) (\(count))"
    }
}
