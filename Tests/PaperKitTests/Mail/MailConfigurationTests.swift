import Foundation
import Testing
import TestSupport
@testable import PaperKit

struct MailConfigurationTests {
    static let valid = #""smtp_url": "smtps://smtp.example.org:465", "from": "arXiv bot <bot@example.org>", "to": ["me@example.org"]"#

    private func decode(_ mailBody: String) throws -> Configuration {
        try Configuration.decode(data: Data("{\"mail\": {\(mailBody)}}".utf8), source: "config.json")
    }

    @Test func theSeedLoadsUnchangedWithMailNotConfigured() throws {
        let seed = try Configuration.load(from: Fixtures.seedConfigPath())
        #expect(seed.mail == nil && seed.warnings.isEmpty)
        #expect(throws: ConfigError.noMail(source: try Fixtures.seedConfigPath())) { try seed.requireMail() }
        #expect(ConfigError.noMail(source: "c.json").exitCode == .config)
    }

    @Test func aFullBlockLoads() throws {
        let c = try decode(Self.valid + #", "username": "bot@example.org", "password_env": "ARXIV_BOT_SMTP_PASSWORD", "subject": "{papers} new: {range}", "ca_file": "ca.pem""#)
        let mail = try #require(c.mail)
        #expect(mail.server.host == "smtp.example.org" && mail.server.port == 465 && mail.server.security == .implicitTLS)
        #expect(mail.from.name == "arXiv bot" && mail.from.address == "bot@example.org" && mail.from.domain == "example.org")
        #expect(mail.to.map(\.address) == ["me@example.org"])
        #expect(mail.username == "bot@example.org" && mail.passwordEnv == "ARXIV_BOT_SMTP_PASSWORD")
        #expect(mail.subject == "{papers} new: {range}" && mail.caFile == "ca.pem")
        #expect(c.warnings.isEmpty)
    }

    @Test func theStarterWritesMailOffAndAConfiguredBlockRoundTrips() throws {
        let starter = try Configuration.decode(data: StarterConfiguration.data(), source: "config.json")
        #expect(starter.mail == nil && starter.warnings.isEmpty)
        #expect(String(decoding: StarterConfiguration.data(), as: UTF8.self).contains("\"mail\": null"))
        let configured = try decode(Self.valid + #", "to": ["me@example.org", "Zoë <z@example.org>"], "username": "u", "password_env": "P", "subject": "{papers} papers""#)
        let again = try Configuration.decode(data: StarterConfiguration.data(for: configured), source: "config.json")
        #expect(again.mail == configured.mail && configured.mail != nil)
    }

    @Test(arguments: [
        ("smtp://smtp.example.org:587", SMTPServer.Security.startTLSRequired),
        ("smtp://127.0.0.1:2525", .startTLSIfOffered), ("smtp://127.8.9.10", .startTLSIfOffered),
        ("smtp://localhost:25", .startTLSIfOffered), ("smtp://[::1]:25", .startTLSIfOffered),
        ("smtp://128.0.0.1", .startTLSRequired), ("smtp://[::2]", .startTLSRequired),
        ("smtp://localhost.example.org", .startTLSRequired), ("smtps://127.0.0.1", .implicitTLS),
    ])
    func starttlsIsRequiredUnlessTheHostIsLoopback(url: String, security: SMTPServer.Security) throws {
        let server = try #require(SMTPServer(url: url))
        #expect(server.security == security)
        #expect(server.tlsGuaranteed == (security != .startTLSIfOffered))
    }

    /// Each case: the mail block's body and the key path the error must name.
    @Test(arguments: [
        (#""smtp_url": "smtps://h.example.org", "from": "a@example.org\r\nBcc: x@evil.example", "to": ["me@example.org"]"#, "mail.from"),
        (#""smtp_url": "smtps://h.example.org", "from": "a@example.org", "to": ["me@example.org", "x@example.org\nBcc: y@evil.example"]"#, "mail.to[1]"),
        (Self.valid + #", "subject": "digest\r\nBcc: x@evil.example""#, "mail.subject"),
        (Self.valid + #", "subject": "digest {range}\r\n""#, "mail.subject"),
        (Self.valid + #", "username": "bot\nX-Evil: 1", "password_env": "P""#, "mail.username"),
        (#""smtp_url": "smtps://h.example.org", "from": "Bot\r\n <a@example.org>", "to": ["me@example.org"]"#, "mail.from"),
        (#""smtp_url": "https://h.example.org", "from": "a@example.org", "to": ["me@example.org"]"#, "mail.smtp_url"),
        (#""smtp_url": "smtps://bot:secret@h.example.org", "from": "a@example.org", "to": ["me@example.org"]"#, "mail.smtp_url"),
        (#""smtp_url": "smtps://", "from": "a@example.org", "to": ["me@example.org"]"#, "mail.smtp_url"),
        (#""smtp_url": "smtps://h.example.org", "from": "not an address", "to": ["me@example.org"]"#, "mail.from"),
        (#""smtp_url": "smtps://h.example.org", "from": "a@example.org", "to": ["me@exa_mple.org"]"#, "mail.to[0]"),
        (#""smtp_url": "smtps://h.example.org", "from": "a@example.org", "to": ["two@@example.org"]"#, "mail.to[0]"),
        (#""smtp_url": "smtps://h.example.org", "from": "a@example.org", "to": ["mé@example.org"]"#, "mail.to[0]"),
        (#""smtp_url": "smtps://h.example.org", "from": "a@example.org", "to": []"#, "mail.to"),
        (#""smtp_url": "smtps://h.example.org", "from": "a@example.org", "to": "me@example.org""#, "mail.to"),
        (#""smtp_url": "smtps://h.example.org", "to": ["me@example.org"]"#, "mail.from"),
        (Self.valid + #", "username": "bot""#, "mail.username"),
        (Self.valid + #", "password_env": "P""#, "mail.password_env"),
        (Self.valid + #", "username": "bot", "password_env": "hunter2 is my password""#, "mail.password_env"),
        (Self.valid + #", "subject": "digest {week}""#, "mail.subject"),
        (Self.valid + #", "subject": "digest {range""#, "mail.subject"),
    ])
    func badBlocksAreRefusedWithTheKeyPath(body: String, keyPath: String) throws {
        do {
            _ = try decode(body)
            Issue.record("accepted: \(body)")
        } catch let error as ConfigError {
            #expect(error.keyPath == keyPath, "\(error.message)")
            #expect(error.exitCode == .config)
            #expect(!error.message.contains("\r") && !error.message.contains("\n"), "one line: \(error.message)")
            #expect(!error.message.contains("secret") && !error.message.contains("hunter2"), "\(error.message)")
        }
    }

    @Test func thePasswordComesFromTheEnvironmentAtSendTimeAndIsNeverShown() throws {
        let mail = try #require(try decode(Self.valid + #", "username": "bot", "password_env": "SMTP_PW""#).mail)
        #expect(throws: MailError.passwordNotSet(variable: "SMTP_PW")) { try SMTPCredentials.from(mail, environment: [:]) }
        let credentials = try #require(try SMTPCredentials.from(mail, environment: ["SMTP_PW": "s3cr3t-pw"]))
        #expect(credentials.username == "bot")
        #expect(!"\(credentials)".contains("s3cr3t-pw") && !String(reflecting: credentials).contains("s3cr3t-pw"))
    }
}
