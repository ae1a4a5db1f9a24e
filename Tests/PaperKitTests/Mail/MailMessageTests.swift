import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// The message as Python's `email` package reads it: headers, both parts decoding to exactly
/// what `report` renders, line lengths.
struct MailMessageTests {
    static func settings(_ subject: String = MailSubject.defaultTemplate) throws -> Configuration.Mail {
        var mail = Configuration.Mail(server: SMTPServer(url: "smtps://smtp.example.org")!,
                                      from: MailAddress("arXiv bot <bot@example.org>")!,
                                      to: [MailAddress("me@example.org")!, MailAddress("Zoë Ünal <zoe@example.net>")!])
        mail.subject = subject
        return mail
    }

    static func requirePython() -> Bool {
        if LocalSMTPServer.isAvailable { return true }
        if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: LocalSMTPServer.unavailableNote)) }
        else { print("SKIPPED: \(LocalSMTPServer.unavailableNote)") }
        return false
    }

    @Test func theDigestMailHasBothPartsExactlyAsReportRendersThem() throws {
        guard Self.requirePython() else { return }
        let fixture = try ReportFixture()
        let digest = try fixture.digest(ReportFixture.range("2026-07-27", "2026-07-27"))
        #expect(digest.entries.count > 5)
        let mail = DigestMail(settings: try Self.settings())
        let message = try mail.message(for: digest, date: ReportFixture.generatedAt)
        let text = message.rendered()
        let received = try ReceivedMail(text: text)

        #expect(received.defects.isEmpty, "\(received.defects)")
        #expect(received.contentType == "multipart/alternative")
        #expect(received.parts.map(\.type) == ["text/plain", "text/html"])
        #expect(received.parts.allSatisfy { $0.charset == "utf-8" && $0.encoding == "quoted-printable" })
        let markdown = try ReportRenderers.renderer(format: .markdown, template: .digest).render(digest)
        let html = try ReportRenderers.renderer(format: .html, template: .digest).render(digest)
        #expect(received.parts.first?.text == markdown)
        #expect(received.parts.last?.text == html)
        #expect(!html.contains("src=\"http") && !html.contains("<link") && !html.contains("@import"), "self-contained")

        #expect(received.longestLine <= 76 && !received.hasBareLineEnds,
                "\(text.components(separatedBy: "\r\n").max { $0.utf8.count < $1.utf8.count } ?? "")")
        for name in ["Date", "Message-ID", "From", "To", "Subject", "MIME-Version", "List-Id"] {
            #expect(received.headerNames.filter { $0 == name }.count == 1, "\(name) once")
        }
        #expect(received.headers["Date"] == "Mon, 03 Aug 2026 06:00:00 +0000")
        #expect(received.headers["From"] == "arXiv bot <bot@example.org>")
        #expect(received.headers["To"] == "me@example.org, Zoë Ünal <zoe@example.net>")
        #expect(received.headers["Subject"] == "arXiv digest 2026-07-27: \(digest.entries.count) papers")
        #expect(received.headers["List-Id"] == "arXiv digest <arxiv-bot.example.org>")
        let id = try #require(received.headers["Message-ID"])
        #expect(id.hasPrefix("<") && id.hasSuffix("@example.org>") && id != "<@example.org>")
        #expect(try mail.message(for: digest).messageID != message.messageID, "unique per message")
    }

    @Test func aNonASCIISubjectTravelsAsEncodedWordsAndDecodesBack() throws {
        guard Self.requirePython() else { return }
        let fixture = try ReportFixture()
        let digest = try fixture.digest(ReportFixture.range("2026-07-27", "2026-07-27"))
        let subject = "Ежедневный дайджест arXiv — 论文 {papers} 篇 {range} 🤖 " + String(repeating: "é", count: 40)
        let message = try DigestMail(settings: try Self.settings(subject)).message(for: digest)
        let received = try ReceivedMail(text: message.rendered())
        let expected = MailSubject.render(subject, digest: digest)
        #expect(received.headers["Subject"] == expected)
        #expect(received.rawSubject.contains("=?UTF-8?B?") && received.rawSubject.unicodeScalars.allSatisfy(\.isASCII))
        #expect(received.longestLine <= 78 && received.defects.isEmpty)
    }

    @Test(arguments: [
        String(repeating: "x", count: 3_000),                     // one long line of one kind
        String(repeating: "naïve café = “quoted” ", count: 200),  // multi-byte characters at the fold
        ".leading dot\nFrom the start\n trailing space \n\ttab\t\n",
        "a\r\nwindows\r\nlines\r\n",
        String(repeating: "=", count: 100) + "\n" + String(repeating: "🤖", count: 50),
    ])
    func quotedPrintableKeepsLinesShortAndDecodesToTheSameText(text: String) throws {
        let encoded = QuotedPrintable.encode(text)
        let lines = encoded.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 76 }, "longest \(lines.map(\.utf8.count).max() ?? 0)")
        #expect(lines.allSatisfy { !$0.hasPrefix(".") && !$0.hasPrefix("From ") && !$0.hasSuffix(" ") && !$0.hasSuffix("\t") })
        #expect(encoded.unicodeScalars.allSatisfy { $0.isASCII })
        guard Self.requirePython() else { return }
        let result = try Python.run(["-c", "import quopri,sys; sys.stdout.buffer.write(quopri.decodestring(sys.argv[1].encode()))", encoded])
        #expect(result.output == text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test(arguments: [
        ("Bot", "Bot"), ("arXiv Bot, daily", "\"arXiv Bot, daily\""), ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("Zoë", "=?UTF-8?B?Wm/Dqw==?="),
    ])
    func displayNamesAreQuotedOrEncodedWhenTheyMustBe(name: String, header: String) {
        #expect(MailHeader.phrase(name) == header)
    }

    @Test func aValueThatSlipsPastTheConfigurationStillCannotStartAHeader() {
        let field = MailHeader.field("Subject", "digest\r\nBcc: evil@example.org")
        #expect(!field.contains("\r\nBcc") && !field.contains("\nBcc"))
        #expect(MailAddress("a@example.org\r\nBcc: evil@example.org") == nil)
    }
}
