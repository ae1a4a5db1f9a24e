import Foundation

extension Configuration.Mail {
    static let knownKeys = ["smtp_url", "from", "to", "username", "password_env", "subject", "ca_file"]

    /// Reads and checks the `mail` block. Refused, with the key path (exit 78): a missing `smtp_url`,
    /// `from` or `to`; a URL that is not `smtp://` or `smtps://` with a host (or that carries a user or
    /// password: the password lives in the environment only); an address that is not `local@domain` or
    /// `Name <local@domain>`; a line break or other control character in any header value (from, to,
    /// subject, username), which would let a value add headers of its own; `username` without
    /// `password_env` or the reverse; a `password_env` that is not a variable name; an unknown
    /// placeholder in `subject`.
    static func read(_ o: [String: Any], with r: inout ConfigReader) throws -> Configuration.Mail {
        r.warnUnknownKeys(in: o, known: Self.knownKeys, prefix: "mail.")
        let p = "mail."
        for key in ["smtp_url", "from", "to"] where o[key] == nil {
            throw r.invalid(p + key, "is missing; the mail block needs smtp_url, from and to (see docs/mail.md)")
        }
        let urlText = try headerSafe(o["smtp_url"]!, at: p + "smtp_url", with: r)
        guard let server = SMTPServer(url: urlText) else {
            // The value is not repeated when it may hold a password (smtps://user:password@host).
            let found = urlText.contains("@") ? "a URL with a user name or password" : ConfigReader.describe(urlText)
            throw r.invalid(p + "smtp_url", "must be smtps://host[:port] or smtp://host[:port] with no user, password "
                + "or path, found \(found); put the password in the variable that mail.password_env names")
        }
        let from = try address(o["from"]!, at: p + "from", with: r)
        guard let list = o["to"] as? [Any] else { throw r.wrongType(p + "to", "an array of addresses", o["to"]!) }
        if list.isEmpty { throw r.invalid(p + "to", "is empty; name at least one recipient such as [\"me@example.org\"]") }
        let to = try list.enumerated().map { index, item in try address(item, at: "\(p)to[\(index)]", with: r) }
        var mail = Configuration.Mail(server: server, from: from, to: to)
        if let v = o["username"], !(v is NSNull) { mail.username = try headerSafe(v, at: p + "username", with: r) }
        if let v = o["password_env"], !(v is NSNull) {
            let name = try r.string(v, at: p + "password_env")
            let isName = name.first.map { $0 == "_" || ($0.isASCII && $0.isLetter) } == true
                && name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
            if !isName {
                throw r.invalid(p + "password_env", "must name an environment variable such as ARXIV_BOT_SMTP_PASSWORD "
                    + "(letters, digits, _); the value is not shown in case it is the password itself, which belongs in that variable")
            }
            mail.passwordEnv = name
        }
        if mail.username != nil, mail.passwordEnv == nil {
            throw r.invalid(p + "username", "is set but mail.password_env is not; name the variable that holds the password")
        }
        if mail.passwordEnv != nil, mail.username == nil {
            throw r.invalid(p + "password_env", "is set but mail.username is not; give the login name too")
        }
        if let v = o["subject"] {
            mail.subject = try headerSafe(v, at: p + "subject", with: r)
            if let problem = MailSubject.problem(in: mail.subject) { throw r.invalid(p + "subject", problem) }
        }
        if let v = o["ca_file"], !(v is NSNull) { mail.caFile = try r.string(v, at: p + "ca_file") }
        return mail
    }

    /// A non-empty string without control characters, checked before trimming, so a trailing
    /// "\r\nBcc: ..." is refused rather than quietly cut.
    private static func headerSafe(_ value: Any, at path: String, with r: ConfigReader) throws -> String {
        if let raw = value as? String, raw.unicodeScalars.contains(where: MailHeader.isControl) {
            throw r.invalid(path, "contains a line break or another control character; a header value must be one line "
                + "(a CR or LF would let it add headers of its own)")
        }
        return try r.string(value, at: path)
    }

    private static func address(_ value: Any, at path: String, with r: ConfigReader) throws -> MailAddress {
        let text = try headerSafe(value, at: path, with: r)
        guard let address = MailAddress(text) else {
            throw r.invalid(path, "is not an e-mail address, found \(ConfigReader.describe(value)); write it like "
                + "bot@example.org or \"arXiv bot <bot@example.org>\" (ASCII addresses only)")
        }
        return address
    }
}
