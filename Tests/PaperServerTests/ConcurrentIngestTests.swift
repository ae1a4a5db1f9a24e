import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PaperServer

/// Readers on their own connections while an ingest writes: every answer is from before the
/// ingest's transaction or after it, never from the middle.
struct ConcurrentIngestTests {
    struct Counts: Hashable { var papers: Int; var announcements: Int }

    static func counts(_ body: String) throws -> Counts {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        return Counts(papers: try #require(object["papers"] as? Int), announcements: try #require(object["announcements"] as? Int))
    }

    @Test func requestsNeverSeeAHalfWrittenIngest() async throws {
        let fixture = try ServerFixture(files: ["rss/trimmed/cs.AI-2026-04-27-3items.xml"])
        try await fixture.application().test(.live) { client in
            let port = try #require(client.port)
            let before = try Self.counts(try await client.execute(uri: "/health", method: .get).text)
            let writer = Task.detached { try fixture.ingest(["rss/cs.AI-2026-07-27.xml"]) }
            let seen = try await withThrowingTaskGroup(of: [Counts].self) { group in
                for worker in 0..<4 {
                    group.addTask {
                        let reader = TestClient(host: "localhost", port: port, configuration: .init(timeout: .seconds(30)))
                        reader.connect()
                        defer { Task { try? await reader.shutdown() } }
                        var seen: [Counts] = []
                        for i in 0..<40 {
                            let path = (i + worker) % 2 == 0 ? "/health" : "/api/search?q=latency+prediction&limit=5"
                            let response = try await reader.get(path)
                            #expect(response.status == .ok, "\(path)")
                            if path == "/health" { seen.append(try Self.counts(String(buffer: response.body ?? ByteBuffer()))) }
                        }
                        return seen
                    }
                }
                return try await group.reduce(into: [Counts]()) { $0 += $1 }
            }
            try await writer.value
            let after = try Self.counts(try await client.execute(uri: "/health", method: .get).text)
            #expect(after.papers > before.papers)
            #expect(Set(seen).isSubset(of: [before, after]), "\(Set(seen)) not in \([before, after])")
        }
    }
}
