import Foundation
import Testing
@testable import PaperKit

struct RetryPolicyTests {
    @Test(arguments: [("120", 120.0), (" 0 ", 0), ("Sun, 06 Nov 1994 08:49:37 GMT", 0)] as [(String, Double)])
    func retryAfterParses(value: String, seconds: Double) {
        #expect(RetryAfter.seconds(from: value, now: Date()) == seconds)
    }

    @Test func retryAfterDateFormsAreRelativeToNow() throws {
        let now = try #require(RetryAfter.httpDate("Sun, 06 Nov 1994 08:49:00 GMT"))
        #expect(RetryAfter.seconds(from: "Sun, 06 Nov 1994 08:49:37 GMT", now: now) == 37)
        #expect(RetryAfter.seconds(from: "Sunday, 06-Nov-94 08:49:37 GMT", now: now) == 37)
        #expect(RetryAfter.seconds(from: "Sun Nov  6 08:49:37 1994", now: now) == 37)
        #expect(RetryAfter.seconds(from: "soon", now: now) == nil)
        #expect(RetryAfter.seconds(from: "-5", now: now) == nil)
    }

    @Test func backoffDoublesUpToTheCap() {
        let options = HTTPOptions(retryBaseDelay: 2, maxBackoffSeconds: 10)
        let top = { (range: ClosedRange<Double>) in range.upperBound }
        #expect((0..<5).map { options.backoff(afterAttempt: $0, random: top) } == [2, 4, 8, 10, 10])
        #expect(options.backoff(afterAttempt: 0, random: { $0.lowerBound }) == 0)
    }

    @Test func rateLimitedMessageSaysWhenToComeBack() throws {
        let now = try #require(RetryAfter.httpDate("Mon, 27 Jul 2026 14:20:00 GMT"))
        #expect(HTTPError.clockTime(now.addingTimeInterval(12 * 60), now: now) == "14:32 UTC")
        #expect(HTTPError.clockTime(now.addingTimeInterval(86_400), now: now) == "2026-07-28 14:20 UTC")
        let error = HTTPError.rateLimited(url: "https://export.arxiv.org/api/query?x", status: 429, retryAfter: nil, attempts: 1)
        #expect(error.message == "export.arxiv.org answered 429 (rate limited) for https://export.arxiv.org/api/query?x once; try again later")
    }

    @Test func fourHundredIsReturnedNotRetried() {
        let response = HTTPResponse(status: 400, headers: [:], body: Data(), effectiveURL: URL(string: "http://x/")!)
        guard case .finish = RetryDecision(outcome: .success(response), url: "http://x/", retry: 0, options: HTTPOptions()) else {
            Issue.record("400 must be returned to the caller")
            return
        }
    }
}
