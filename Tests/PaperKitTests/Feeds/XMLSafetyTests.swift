import Foundation
import Testing
@testable import PaperKit

/// DOCTYPE documents (XXE, entity bombs) are refused before anything expands.
struct XMLSafetyTests {
    static let xxe = """
    <?xml version="1.0"?>
    <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
    <rss version="2.0"><channel><title>&x;</title><item><title>&x;</title><link>https://arxiv.org/abs/2601.00001</link><description>&x;</description></item></channel></rss>
    """

    static let billionLaughs: String = {
        var dtd = "<!ENTITY l0 \"lol\">"
        for i in 1...9 { dtd += "<!ENTITY l\(i) \"" + String(repeating: "&l\(i - 1);", count: 10) + "\">" }
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\(dtd)]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2601.00001v1</id><title>&l9;</title><summary>&l9;</summary></entry></feed>"
    }()

    static let attacks = [("xxe", xxe), ("billion-laughs", billionLaughs)]

    /// `orMalformed`: libxml2 itself may reject an entity loop while reading the internal subset,
    /// before the reader ever reaches the DOCTYPE node; that is a refusal too.
    private func assertRefused(_ error: Error, elapsed: Duration, orMalformed: Bool = false) {
        guard let feedError = error as? FeedError else { Issue.record("expected a FeedError, got \(error)"); return }
        switch feedError {
        case .doctypeRefused: break
        case .malformed where orMalformed: break
        default: Issue.record("expected doctypeRefused, got \(error)")
        }
        #expect(feedError.exitCode == .dataError)
        #expect(!feedError.message.contains("root:"))
        #expect(elapsed < .seconds(1))
    }

    @Test(arguments: attacks)
    func feedParserRefusesFromMemory(name: String, document: String) {
        let clock = ContinuousClock()
        let start = clock.now
        var titles: [String] = []
        do {
            try FeedParser.parse(data: Data(document.utf8), source: name) { titles.append($0.title + $0.abstract) }
            Issue.record("\(name) was accepted")
        } catch {
            assertRefused(error, elapsed: clock.now - start)
        }
        #expect(titles.isEmpty)
    }

    @Test(arguments: attacks)
    func feedParserRefusesFromFile(name: String, document: String) throws {
        let path = NSTemporaryDirectory() + "arxiv-bot-\(name)-\(UUID().uuidString).xml"
        try document.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try FeedParser.parse(file: path) { _ in Issue.record("record from \(name)") }
            Issue.record("\(name) was accepted")
        } catch {
            assertRefused(error, elapsed: clock.now - start)
        }
    }

    /// The reader itself refuses, independent of the format sniffing in front of it.
    @Test(arguments: attacks)
    func readerRefusesDoctypeNode(name: String, document: String) throws {
        let reader = try XMLStreamReader(data: Data(document.utf8), source: name)
        let clock = ContinuousClock()
        let start = clock.now
        var texts: [String] = []
        do {
            while try reader.read() {
                if reader.isElement { texts.append(try reader.readText()) }
            }
            Issue.record("\(name) was read to the end")
        } catch {
            assertRefused(error, elapsed: clock.now - start, orMalformed: true)
        }
        #expect(!texts.joined().contains("root:"))
        #expect(texts.joined().count < 1000)
    }

    @Test func undeclaredEntityIsMalformedWithLine() {
        let doc = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>a&nbsp;b</title></channel></rss>"
        do {
            try FeedParser.parse(data: Data(doc.utf8), source: "nbsp.xml") { _ in }
            Issue.record("accepted an undeclared entity")
        } catch let error as FeedError {
            guard case let .malformed(source, line, _, message) = error else { Issue.record("\(error)"); return }
            #expect(source == "nbsp.xml" && line == 3)
            #expect(message.contains("nbsp"))
        } catch { Issue.record("\(error)") }
    }
}
