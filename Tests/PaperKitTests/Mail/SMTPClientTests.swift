import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// The libcurl SMTP client against a real server on 127.0.0.1 (aiosmtpd, started per test).
struct SMTPClientTests {
    static let login = ("bot@example.org", "correct horse battery staple")

    static func message(to: [String] = ["me@example.org"]) -> MailMessage {
        MailMessage(from: MailAddress("bot@example.org")!, to: to.map { MailAddress($0)! }, subject: "test digest",
                    parts: [.init(mediaType: "text/plain", text: "line one\n.\nline three\n" + String(repeating: "long ", count: 400))])
    }

    static func client(_ server: LocalSMTPServer, login: Bool = false, ca: URL? = nil) -> SMTPClient {
        SMTPClient(server: SMTPServer(url: server.url)!,
                   credentials: login ? SMTPCredentials(username: Self.login.0, password: Self.login.1) : nil, caFile: ca?.path)
    }

    @Test func aMessageArrivesWhole() throws {
        guard MailMessageTests.requirePython() else { return }
        let server = try LocalSMTPServer(.plain)
        let message = Self.message(to: ["me@example.org", "you@example.net"])
        try Self.client(server).send(message)
        let files = try server.messageFiles()
        #expect(files.count == 1)
        let received = try ReceivedMail(file: try #require(files.first))
        #expect(received.parts.first?.text == message.parts[0].text)
        #expect(received.headers["Subject"] == "test digest" && received.defects.isEmpty)
        let data = try #require(try server.events().first { $0["event"] as? String == "data" })
        #expect(data["from"] as? String == "bot@example.org")
        #expect(data["to"] as? [String] == ["me@example.org", "you@example.net"])
    }

    @Test func aRefusedRecipientIsExit69NamingServerAndRecipient() throws {
        guard MailMessageTests.requirePython() else { return }
        let server = try LocalSMTPServer(.plain, rejecting: ["nobody@example.org"])
        do throws(MailError) {
            try Self.client(server).send(Self.message(to: ["nobody@example.org"]))
            Issue.record("sent to a refused recipient")
        } catch {
            #expect(error == .recipientRefused(server: "127.0.0.1:\(server.port)", recipients: ["nobody@example.org"], reply: 550))
            #expect(error.exitCode == .unavailable)
            #expect(error.message.contains("refused the recipient nobody@example.org (SMTP 550)"), "\(error.message)")
        }
        #expect(try server.messageFiles().isEmpty)
    }

    @Test func aServerThatDropsTheConnectionIsExit69() throws {
        guard MailMessageTests.requirePython() else { return }
        let server = try LocalSMTPServer(.drop)
        do throws(MailError) {
            try Self.client(server).send(Self.message())
            Issue.record("sent to a server that hung up")
        } catch {
            #expect(error.exitCode == .unavailable)
            #expect(error.message.hasPrefix("mail to 127.0.0.1:\(server.port) failed: the server dropped the connection"), "\(error.message)")
        }
        #expect(try server.events().contains { $0["event"] as? String == "dropped" })
    }

    @Test(arguments: [LocalSMTPServer.Mode.starttls, .smtps])
    func aLoginTravelsOnlyOverVerifiedTLS(mode: LocalSMTPServer.Mode) throws {
        guard MailMessageTests.requirePython() else { return }
        let certificates = try TestCertificates()
        let server = try LocalSMTPServer(mode, certificates: certificates, login: Self.login)
        try Self.client(server, login: true, ca: certificates.caCertificate).send(Self.message())
        let events = try server.events()
        let auth = try #require(events.first { $0["event"] as? String == "auth" })
        #expect(auth["tls"] as? Bool == true && auth["ok"] as? Bool == true)
        let data = try #require(events.first { $0["event"] as? String == "data" })
        #expect(data["tls"] as? Bool == true && data["authenticated"] as? Bool == true)
        #expect(try server.messageFiles().count == 1)
    }

    @Test(arguments: [LocalSMTPServer.Mode.starttls, .smtps])
    func aCertificateThatDoesNotVerifyStopsTheMailBeforeTheLogin(mode: LocalSMTPServer.Mode) throws {
        guard MailMessageTests.requirePython() else { return }
        let certificates = try TestCertificates()
        let server = try LocalSMTPServer(mode, certificates: certificates, login: Self.login)
        for ca in [nil, certificates.otherCACertificate] {  // the system's roots, then another CA
            do throws(MailError) {
                try Self.client(server, login: true, ca: ca).send(Self.message())
                Issue.record("sent over an unverified certificate (CA \(ca?.lastPathComponent ?? "system"))")
            } catch {
                #expect(error.exitCode == .unavailable)
                #expect(error.message.contains("failed: TLS: "), "\(error.message)")
                #expect(!error.message.contains(Self.login.1))
            }
        }
        #expect(try server.events().allSatisfy { $0["event"] as? String != "auth" }, "no AUTH reached the server")
        #expect(try server.messageFiles().isEmpty)
    }

    @Test func aPasswordIsNeverSentWithoutTLSToAHostOtherThanLoopback() throws {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): nothing answers there, so a connection attempt would
        // take the 15 s connect timeout; the refusal comes first, in no time.
        var server = try #require(SMTPServer(url: "smtp://192.0.2.1:2525"))
        server.security = .startTLSIfOffered
        let client = SMTPClient(server: server, credentials: SMTPCredentials(username: "bot", password: "pw-123"))
        let start = Date()
        #expect(throws: MailError.passwordWithoutTLS(server: "192.0.2.1:2525")) { try client.send(Self.message()) }
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(MailError.passwordWithoutTLS(server: "x").exitCode == .config)
    }

    @Test func aMissingCAFileIsAConfigurationErrorBeforeConnecting() throws {
        let client = SMTPClient(server: SMTPServer(url: "smtps://192.0.2.1:465")!, caFile: "/nonexistent/ca.pem")
        #expect(throws: MailError.caFileMissing(path: "/nonexistent/ca.pem")) { try client.send(Self.message()) }
    }
}
