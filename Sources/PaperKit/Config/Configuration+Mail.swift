import Foundation

extension Configuration {
    /// The `mail` block: where and to whom `mail` and `ingest --mail` send the digest.
    /// Absent from the file means mail is not configured (`mail` is nil), which is not an error
    /// until a command needs it. Every value is checked at load (see `Configuration+MailLoading.swift`):
    /// no header value holds a line break, addresses are addresses, the server URL is SMTP.
    public struct Mail: Sendable, Equatable {
        /// `mail.smtp_url`, parsed: `smtps://host[:port]` or `smtp://host[:port]`.
        public var server: SMTPServer
        /// `mail.from`: the `From` header and the envelope sender.
        public var from: MailAddress
        /// `mail.to`: at least one recipient; each one gets the same message.
        public var to: [MailAddress]
        /// `mail.username`: the SMTP login; given together with `password_env`.
        public var username: String?
        /// `mail.password_env`: the name of the environment variable holding the password. The password
        /// itself is read only when a message is sent, and never printed, logged or stored.
        public var passwordEnv: String?
        /// `mail.subject`: the subject template; see `MailSubject.placeholders`.
        public var subject: String = MailSubject.defaultTemplate
        /// `mail.ca_file` as written (relative to the config file's folder): PEM certificates to trust
        /// instead of the system's, for a private CA.
        public var caFile: String?

        public init(server: SMTPServer, from: MailAddress, to: [MailAddress]) {
            self.server = server
            self.from = from
            self.to = to
        }
    }

    /// Throws unless a `mail` block is configured; for the commands that send mail.
    public func requireMail() throws -> Mail {
        guard let mail else { throw ConfigError.noMail(source: sourcePath ?? "config.json") }
        return mail
    }

    /// `mail.ca_file` resolved against the config file's folder, when one is configured.
    public func mailCAFilePath() -> String? {
        mail?.caFile.map { Paths.resolve($0, relativeToFolderOf: sourcePath ?? "config.json") }
    }
}

/// An SMTP server as `mail.smtp_url` names it.
public struct SMTPServer: Sendable, Equatable, CustomStringConvertible {
    /// How the connection is protected.
    public enum Security: String, Sendable, Equatable {
        /// `smtps://`: TLS from the first byte (port 465 by default).
        case implicitTLS
        /// `smtp://` to a host other than loopback: STARTTLS, and no mail without it.
        case startTLSRequired
        /// `smtp://` to loopback: STARTTLS when the server offers it, plain otherwise.
        case startTLSIfOffered
    }

    /// The URL as written, given to libcurl.
    public let url: String
    /// The host without brackets (`::1`, not `[::1]`), lower case.
    public let host: String
    public let port: Int?
    /// Derived from the URL; a caller may weaken it (the client still refuses a password without TLS
    /// to a host other than loopback).
    public var security: Security

    /// Parses an `smtp://` or `smtps://` URL; nil when it is not one (no host, a user or password,
    /// a path, query or fragment).
    public init?(url: String) {
        guard let parsed = URLComponents(string: url), let scheme = parsed.scheme?.lowercased(),
              scheme == "smtp" || scheme == "smtps",
              let rawHost = parsed.host, !rawHost.isEmpty,
              parsed.user == nil, parsed.password == nil, parsed.query == nil, parsed.fragment == nil,
              parsed.path.isEmpty || parsed.path == "/" else { return nil }
        let host = rawHost.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        self.url = url
        self.host = host
        self.port = parsed.port
        if scheme == "smtps" { security = .implicitTLS } else {
            security = Self.isLoopback(host) ? .startTLSIfOffered : .startTLSRequired
        }
    }

    /// Whether TLS protects every byte after the greeting (STARTTLS included), whatever the server offers.
    public var tlsGuaranteed: Bool { security != .startTLSIfOffered }

    /// `localhost`, 127.0.0.0/8 and `::1`: addresses that never leave the machine.
    public var isLoopback: Bool { Self.isLoopback(host) }

    public var description: String { port.map { "\(host):\($0)" } ?? host }

    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" { return true }
        var v4 = in_addr()
        if inet_pton(AF_INET, host, &v4) == 1 { return UInt32(bigEndian: v4.s_addr) >> 24 == 127 }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, host, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { bytes in bytes.dropLast().allSatisfy { $0 == 0 } && bytes.last == 1 }
        }
        return false
    }
}
