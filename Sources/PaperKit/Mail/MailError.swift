/// What can stop a message from being sent. Nothing here ever holds the password: messages
/// name the server, the variable that holds the password, and libcurl's cause.
///
/// Exit codes: what the configuration or environment must fix first is `config` (78) and is found
/// before connecting; what happened on the way to the server is `unavailable` (69).
public enum MailError: ArxivBotError, Equatable {
    /// `mail.password_env` names a variable that is not set (or is empty).
    case passwordNotSet(variable: String)
    /// A password would cross a connection without TLS to a host other than loopback.
    case passwordWithoutTLS(server: String)
    /// `mail.ca_file` names no readable file.
    case caFileMissing(path: String)
    /// The server refused a recipient (`RCPT TO`); `reply` is the SMTP code when curl had one.
    case recipientRefused(server: String, recipients: [String], reply: Int)
    /// The server refused the sender (`MAIL FROM`).
    case senderRefused(server: String, sender: String, reply: Int)
    /// The server refused the login.
    case loginRefused(server: String, username: String)
    /// TLS could not be set up: a certificate that does not verify, no STARTTLS where it is required...
    case tls(server: String, cause: String)
    /// Anything else on the way: no connection, a dropped connection, a timeout; `cause` is one line.
    case transport(server: String, cause: String)

    public var exitCode: ExitStatus {
        switch self {
        case .passwordNotSet, .passwordWithoutTLS, .caFileMissing: return .config
        default: return .unavailable
        }
    }

    public var errorDescription: String? {
        switch self {
        case .passwordNotSet(let variable):
            return "mail.password_env names \(variable), which is not set; export the SMTP password in \(variable)"
        case .passwordWithoutTLS(let server):
            return "refusing to send the SMTP password to \(server) without TLS; use smtps:// or an smtp:// server with STARTTLS"
        case .caFileMissing(let path):
            return "mail.ca_file \(path) is not a readable file; give the path of a PEM certificate file"
        case .recipientRefused(let server, let recipients, let reply):
            let who = recipients.count == 1 ? recipients[0] : "one of \(recipients.joined(separator: ", "))"
            return "mail to \(server) failed: the server refused the recipient \(who)\(Self.code(reply)); check mail.to"
        case .senderRefused(let server, let sender, let reply):
            return "mail to \(server) failed: the server refused the sender \(sender)\(Self.code(reply)); check mail.from"
        case .loginRefused(let server, let username):
            return "mail to \(server) failed: the server refused the login of \(username); check mail.username and the password"
        case .tls(let server, let cause):
            return "mail to \(server) failed: TLS: \(cause); check the server's certificate or mail.ca_file"
        case .transport(let server, let cause):
            return "mail to \(server) failed: \(cause); check mail.smtp_url and try again later"
        }
    }

    private static func code(_ reply: Int) -> String { reply > 0 ? " (SMTP \(reply))" : "" }
}
