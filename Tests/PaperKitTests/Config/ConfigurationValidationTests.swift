import Foundation
import Testing
@testable import PaperKit

/// Every impossible value gives a one-line exit-78 error naming the file and the key path.
struct ConfigurationValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let json: String
        let keyPath: String
        let fragment: String
        var testDescription: String { json }
    }

    static let cases: [Case] = [
        Case(json: #"{"max_papers": "ten"}"#, keyPath: "max_papers", fragment: #"must be a whole number, found the string "ten""#),
        Case(json: #"{"max_papers": true}"#, keyPath: "max_papers", fragment: "must be a whole number, found true"),
        Case(json: #"{"max_papers": 2.5}"#, keyPath: "max_papers", fragment: "found the number 2.5"),
        Case(json: #"{"max_papers": 0}"#, keyPath: "max_papers", fragment: "must be at least 1, found 0"),
        Case(json: #"{"max_papers": 1e30}"#, keyPath: "max_papers", fragment: "too large"),
        Case(json: #"{"max_papers": 99999999999999999999}"#, keyPath: "max_papers", fragment: "too large"),
        Case(json: #"{"days_back": -3}"#, keyPath: "days_back", fragment: "must be at least 1, found -3"),
        Case(json: #"{"days_back": null}"#, keyPath: "days_back", fragment: "found null"),
        Case(json: #"{"min_score": -0.5}"#, keyPath: "min_score", fragment: "must be at least 0"),
        Case(json: #"{"min_score": "2.5"}"#, keyPath: "min_score", fragment: "must be a number"),
        Case(json: #"{"min_score": false}"#, keyPath: "min_score", fragment: "must be a number, found false"),
        Case(json: #"{"display_limit": -1}"#, keyPath: "display_limit", fragment: "at least 1"),
        Case(json: #"{"enable_deduplication": 1}"#, keyPath: "enable_deduplication", fragment: "must be true or false, found the number 1"),
        Case(json: #"{"fetch_ratings": "yes"}"#, keyPath: "fetch_ratings", fragment: "must be true or false"),
        Case(json: #"{"deduplication_methods": ["id", "doi"]}"#, keyPath: "deduplication_methods[1]", fragment: "must be one of"),
        Case(json: #"{"categories": "cs.AI"}"#, keyPath: "categories", fragment: "must be an array of strings, found the string"),
        Case(json: #"{"categories": ["cs.AI", "cs.CL", ""]}"#, keyPath: "categories[2]",
             fragment: "is empty; remove it or name an arXiv category such as cs.AI"),
        Case(json: #"{"categories": ["cs.AI", 5]}"#, keyPath: "categories[1]", fragment: "must be a string, found the number 5"),
        Case(json: #"{"categories": ["cs AI"]}"#, keyPath: "categories[0]", fragment: "is not an arXiv category"),
        Case(json: #"{"categories": ["CS.AI"]}"#, keyPath: "categories[0]", fragment: "write it like cs.AI"),
        Case(json: #"{"categories": ["cs.AI.x"]}"#, keyPath: "categories[0]", fragment: "not an arXiv category"),
        Case(json: #"{"categories": ["cs."]}"#, keyPath: "categories[0]", fragment: "not an arXiv category"),
        Case(json: #"{"categories": ["2601.03043"]}"#, keyPath: "categories[0]", fragment: "not an arXiv category"),
        Case(json: #"{"keywords": ["LLM", "  "]}"#, keyPath: "keywords[1]", fragment: "is empty"),
        Case(json: #"{"exclude_keywords": [""]}"#, keyPath: "exclude_keywords[0]", fragment: "is empty"),
        Case(json: #"{"match": "regex"}"#, keyPath: "match", fragment: #"must be one of "word", "substring", found the string "regex""#),
        Case(json: #"{"match": 1}"#, keyPath: "match", fragment: "must be a string"),
        Case(json: #"{"database": ""}"#, keyPath: "database", fragment: "is empty"),
        Case(json: #"{"ai_summary": []}"#, keyPath: "ai_summary", fragment: "must be an object"),
        Case(json: #"{"ai_summary": {"enabled": "true"}}"#, keyPath: "ai_summary.enabled", fragment: "must be true or false"),
        Case(json: #"{"ai_summary": {"input": "pdf"}}"#, keyPath: "ai_summary.input", fragment: "must be one of \"abstract\", \"fulltext\""),
        Case(json: #"{"ai_summary": {"temperature": 3}}"#, keyPath: "ai_summary.temperature", fragment: "must be at most 2"),
        Case(json: #"{"ai_summary": {"max_workers": 0}}"#, keyPath: "ai_summary.max_workers", fragment: "at least 1"),
        Case(json: #"{"ai_summary": {"max_papers_to_summarize": -1}}"#, keyPath: "ai_summary.max_papers_to_summarize", fragment: "at least 0"),
        Case(json: #"{"ai_summary": {"timeout_seconds": 0}}"#, keyPath: "ai_summary.timeout_seconds", fragment: "more than 0"),
        Case(json: #"{"ai_summary": {"base_url": "dashscope.aliyuncs.com"}}"#, keyPath: "ai_summary.base_url", fragment: "http(s) URL"),
        Case(json: #"{"feeds": 3}"#, keyPath: "feeds", fragment: "must be an object"),
        Case(json: #"{"feeds": {"request_delay_seconds": -1}}"#, keyPath: "feeds.request_delay_seconds", fragment: "must be at least 0"),
        Case(json: #"{"feeds": {"timeout_seconds": -5}}"#, keyPath: "feeds.timeout_seconds", fragment: "at least 0"),
        Case(json: #"{"feeds": {"max_retries": 21}}"#, keyPath: "feeds.max_retries", fragment: "must be at most 20, found 21"),
        Case(json: #"{"feeds": {"max_retries": -1}}"#, keyPath: "feeds.max_retries", fragment: "at least 0"),
        Case(json: #"{"feeds": {"rss_url": "ftp://rss.arxiv.org/rss/"}}"#, keyPath: "feeds.rss_url", fragment: "http(s) or file:// URL"),
        Case(json: #"{"feeds": {"api_url": "export.arxiv.org/api/query"}}"#, keyPath: "feeds.api_url", fragment: "http(s) or file:// URL"),
        Case(json: #"{"feeds": {"oai_url": "https://"}}"#, keyPath: "feeds.oai_url", fragment: "no host"),
        Case(json: #"{"feeds": {"user_agent": ""}}"#, keyPath: "feeds.user_agent", fragment: "is empty"),
    ]

    @Test(arguments: cases)
    func rejects(_ c: Case) throws {
        let error = #expect(throws: ConfigError.self) {
            try Configuration.decode(data: Data(c.json.utf8), source: "config.json")
        }
        let e = try #require(error)
        #expect(e.exitCode == .config)
        #expect(e.keyPath == c.keyPath)
        #expect(e.message.hasPrefix("config.json: \(c.keyPath) "), "\(e.message)")
        #expect(e.message.contains(c.fragment), "\(e.message)")
        #expect(!e.message.contains("\n"))
        #expect(e.message.first?.isLowercase == true)
    }

    @Test func loadNamesTheFileInMessages() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("config.json")
        try Data(#"{"max_papers": "ten"}"#.utf8).write(to: file)
        let error = #expect(throws: ConfigError.self) { try Configuration.load(from: file.path) }
        #expect(error?.message == "\(file.path): max_papers must be a whole number, found the string \"ten\"")
    }

    @Test func integerJSONNumbersAreAcceptedForDoubles() throws {
        let c = try Configuration.decode(data: Data(#"{"min_score": 2, "max_papers": 10.0}"#.utf8), source: "c.json")
        #expect(c.minScore == 2.0 && c.maxPapers == 10)
    }
}
