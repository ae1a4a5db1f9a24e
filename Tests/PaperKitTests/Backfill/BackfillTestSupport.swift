import Foundation
import TestSupport
@testable import PaperKit

/// The recorded 2016 `cs` harvest, replayed. `Tests/Fixtures` keeps pages 1, 3 and 103 of it, so
/// the chain is served as 1, then 3 for page 1's token, then 103 for page 3's (its empty token ends
/// the list); the files are served exactly as stored.
enum OAIReplay {
    static let pageNumbers = [1, 3, 103]
    static let tokens: [String: Int] = ["1122234|1001": 3, "1122234|3001": 103]

    /// The stored bytes of a page of the chain.
    static func body(_ number: Int) throws -> Data {
        try Fixtures.data(String(format: "oai/cs-2016-03-09-arXiv/page-%03d.xml", number))
    }

    /// The page a request asks for: 1 without a token, nil for an unknown token.
    static func page(for request: LocalHTTPServer.Request) -> Int? {
        guard let token = query(request)["resumptionToken"] else { return 1 }
        return tokens[token]
    }

    /// A server replaying the chain; `fault(page, attempt)` may answer instead (attempt counts from 1 per page).
    static func server(fault: @escaping @Sendable (Int, Int) -> LocalHTTPServer.Response? = { _, _ in nil }) throws -> LocalHTTPServer {
        let attempts = AttemptCounter()
        let pages = try Dictionary(uniqueKeysWithValues: pageNumbers.map { ($0, try body($0)) })
        return try LocalHTTPServer { request in
            guard let page = page(for: request) else {
                return .text(#"<?xml version="1.0"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2016-03-09T05:00:00Z</responseDate><error code="badResumptionToken">expired</error></OAI-PMH>"#)
            }
            if let fault = fault(page, attempts.next(page)) { return fault }
            return .init(status: 200, headers: ["Content-Type": "text/xml"], body: pages[page] ?? Data())
        }
    }

    /// The records of the served pages that a backfill of `categories` keeps, by ID.
    static func expectedIDs(pages numbers: [Int] = pageNumbers, categories: [String]) throws -> Set<String> {
        var ids = Set<String>()
        for number in numbers {
            try FeedParser.parse(data: body(number), source: "page \(number)") { record in
                if record.categories.contains(where: categories.contains) { ids.insert(record.id.rawValue) }
            }
        }
        return ids
    }
}

/// The decoded query of a request.
func query(_ request: LocalHTTPServer.Request) -> [String: String] {
    let items = URLComponents(string: "http://x" + request.path)?.queryItems ?? []
    return Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
}

/// Counts requests per key, across server threads.
final class AttemptCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int: Int] = [:]
    func next(_ key: Int) -> Int { lock.withLock { counts[key, default: 0] += 1; return counts[key]! } }
}

/// A backfiller over a temporary store with zero delays: retries and rate-limit waits are recorded.
struct BackfillHarness {
    let temp: TemporaryStore
    let sleeps = SleepRecorder()
    var store: PaperStore { temp.store }

    init() throws { temp = try TemporaryStore() }

    func backfiller(_ server: LocalHTTPServer, maxRetries: Int = 2, timeout: Double = 5,
                    limiter: RateLimiter? = nil) -> Backfiller {
        var options = HTTPOptions(timeoutSeconds: timeout, connectTimeoutSeconds: 2, maxRetries: maxRetries)
        options.retryBaseDelay = 0
        let http = HTTPClient(options: options, rateLimiter: limiter ?? RateLimiter(minimumInterval: 0, sleep: sleeps.sleep),
                              sleeper: sleeps.sleep)
        return Backfiller(store: store, scorer: Scorer(configuration: Configuration()), http: http,
                          endpoints: .init(oai: server.baseURL + "/oai", api: server.baseURL + "/api/query"))
    }

    func ids() throws -> [String] {
        var ids: [String] = []
        try store.database.prepare("SELECT arxiv_id FROM papers ORDER BY arxiv_id").forEach { ids.append($0.text(0)) }
        return ids
    }

    func count(_ sql: String) throws -> Int { try store.database.prepare(sql).first { $0.int(0) } ?? -1 }
}

let oaiCategories = ["cs.AI", "cs.LG"]
let march2016 = BackfillRequest(via: .oai, from: Day(iso: "2016-03-01")!, to: Day(iso: "2016-03-09")!, categories: oaiCategories)
