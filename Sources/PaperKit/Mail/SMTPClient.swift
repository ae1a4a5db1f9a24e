import CCurl
import Foundation

/// A login for the SMTP server. Its description never shows the password, so printing or
/// logging one by mistake leaks nothing.
public struct SMTPCredentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public let username: String
    let password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    /// `username` from the configuration and the password from the environment variable
    /// `passwordEnv`, read now (never earlier, never kept). nil when no login is configured.
    public static func from(_ mail: Configuration.Mail, environment: [String: String]) throws(MailError) -> SMTPCredentials? {
        guard let username = mail.username, let variable = mail.passwordEnv else { return nil }
        guard let password = environment[variable], !password.isEmpty else { throw .passwordNotSet(variable: variable) }
        return SMTPCredentials(username: username, password: password)
    }

    public var description: String { "\(username) (password hidden)" }
    public var debugDescription: String { description }
}

/// Sends one message through libcurl's SMTP (the `CurlEasy` handle `HTTPClient` uses too).
///
/// TLS: `smtps://` is TLS from the start; `smtp://` upgrades with STARTTLS, required
/// (`CURLUSESSL_ALL`) unless the host is loopback. Certificates and host names are always
/// verified, against `caFile` when one is given. A password is never sent where TLS is not
/// guaranteed, unless the host is loopback: that is refused before connecting.
public struct SMTPClient: Sendable {
    public var server: SMTPServer
    public var credentials: SMTPCredentials?
    /// PEM certificates to trust instead of the system's.
    public var caFile: String?
    public var connectTimeoutSeconds: Double = 15
    public var timeoutSeconds: Double = 120

    public init(server: SMTPServer, credentials: SMTPCredentials? = nil, caFile: String? = nil) {
        self.server = server
        self.credentials = credentials
        self.caFile = caFile
    }

    /// Sends `message` to all of its recipients, or to none: a refused recipient fails the whole send.
    public func send(_ message: MailMessage) throws(MailError) {
        try send(Data(message.rendered().utf8), from: message.from.address, to: message.to.map(\.address))
    }

    /// Sends the raw message `data` (CRLF lines) with the envelope `from` and `to`.
    public func send(_ data: Data, from: String, to: [String]) throws(MailError) {
        if credentials != nil, !server.tlsGuaranteed, !server.isLoopback {
            throw .passwordWithoutTLS(server: server.description)
        }
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) { throw .caFileMissing(path: caFile) }
        let result: CurlResult
        do throws(HTTPError) {
            let curl = try CurlEasy(url: server.url)
            try configure(curl, from: from, to: to)
            try curl.setUpload(data)
            result = try curl.perform(maxBodyBytes: 1 << 20)
        } catch {
            throw .transport(server: server.description, cause: error.message)
        }
        if result.code != CURLE_OK { throw failure(result, from: from, to: to) }
    }

    private func configure(_ curl: CurlEasy, from: String, to: [String]) throws(HTTPError) {
        try curl.set(CURLOPT_URL, server.url)
        try curl.set(CURLOPT_NOSIGNAL, 1)
        // Only SMTP: nothing in a reply can send this handle anywhere else.
        try curl.set(CURLOPT_PROTOCOLS_STR, "smtp,smtps")
        try curl.set(CURLOPT_CONNECTTIMEOUT_MS, Int(connectTimeoutSeconds * 1000))
        try curl.set(CURLOPT_TIMEOUT_MS, Int(timeoutSeconds * 1000))
        try curl.set(CURLOPT_USE_SSL, Int(server.security == .startTLSIfOffered ? CURLUSESSL_TRY.rawValue : CURLUSESSL_ALL.rawValue))
        try curl.set(CURLOPT_SSL_VERIFYPEER, 1)
        try curl.set(CURLOPT_SSL_VERIFYHOST, 2)
        if let caFile { try curl.set(CURLOPT_CAINFO, caFile) }
        try curl.set(CURLOPT_MAIL_FROM, "<\(from)>")
        try curl.setList(CURLOPT_MAIL_RCPT, to.map { "<\($0)>" })
        if let credentials {
            try curl.set(CURLOPT_USERNAME, credentials.username)
            try curl.set(CURLOPT_PASSWORD, credentials.password)
        }
    }

    /// One line naming the cause: refused recipient or sender, login, TLS, or the connection.
    private func failure(_ result: CurlResult, from: String, to: [String]) -> MailError {
        let name = server.description
        let message = result.errorMessage.trimmingCharacters(in: .whitespacesAndNewlines)
        switch result.code {
        case CURLE_SEND_ERROR where message.hasPrefix("RCPT"), CURLE_RECV_ERROR where message.hasPrefix("RCPT"):
            return .recipientRefused(server: name, recipients: to, reply: result.status)
        case CURLE_SEND_ERROR where message.hasPrefix("MAIL"), CURLE_RECV_ERROR where message.hasPrefix("MAIL"):
            return .senderRefused(server: name, sender: from, reply: result.status)
        case CURLE_LOGIN_DENIED:
            return .loginRefused(server: name, username: credentials?.username ?? "")
        case CURLE_USE_SSL_FAILED:
            return .tls(server: name, cause: "the server does not offer STARTTLS, which a host other than loopback requires")
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM,
             CURLE_SSL_CIPHER, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_INVALIDCERTSTATUS:
            return .tls(server: name, cause: message)
        case CURLE_COULDNT_CONNECT:
            return .transport(server: name, cause: "could not connect (\(message))")
        case CURLE_COULDNT_RESOLVE_HOST:
            return .transport(server: name, cause: "cannot resolve the host name")
        case CURLE_OPERATION_TIMEDOUT:
            return .transport(server: name, cause: "timed out (\(message))")
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_WEIRD_SERVER_REPLY:
            return .transport(server: name, cause: "the server dropped the connection (\(message))")
        default:
            return .transport(server: name, cause: "\(message) (curl error \(result.code.rawValue))")
        }
    }
}
