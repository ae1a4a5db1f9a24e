import Foundation
import TestSupport
@testable import PaperKit

/// An ingestor over a temporary store, with the seed's keywords and an HTTP client that never
/// really sleeps (retries and rate limiting are recorded, not waited for).
struct IngestHarness {
    let temp: TemporaryStore
    let ingestor: Ingestor
    let sleeps = SleepRecorder()
    var store: PaperStore { temp.store }

    init(maxRetries: Int = 2, match: MatchMode = .word) throws {
        temp = try TemporaryStore()
        var configuration = try Configuration.load(from: Fixtures.seedConfigPath())
        configuration.match = match
        var options = HTTPOptions(timeoutSeconds: 5, connectTimeoutSeconds: 2, maxRetries: maxRetries)
        options.retryBaseDelay = 0
        let http = HTTPClient(options: options, rateLimiter: RateLimiter(minimumInterval: 0, sleep: sleeps.sleep),
                              sleeper: sleeps.sleep)
        ingestor = Ingestor(store: temp.store, scorer: Scorer(configuration: configuration), http: http)
    }

    func ingest(_ sources: FeedSource...) throws -> IngestReport { try ingestor.ingest(sources) }

    func count(_ sql: String) throws -> Int { try store.database.prepare(sql).first { $0.int(0) } ?? -1 }
}

/// A fixture copied into a temporary folder (for truncating or renaming it).
func temporaryCopy(of fixture: String, named name: String, in folder: URL, transform: (Data) -> Data = { $0 }) throws -> String {
    let target = folder.appendingPathComponent(name)
    try transform(try Fixtures.data(fixture)).write(to: target)
    return target.path
}
