import Foundation
import PaperKit

/// `GET /health`: whether the store answers, its counts and the last ingest.
struct HealthReport: Encodable {
    struct LastIngest: Encodable {
        var started_at: String
        var finished_at: String?
        var source: String
        var records: Int
    }

    var status = "ok"
    var schema_version: Int
    var papers: Int
    var authors: Int
    var announcements: Int
    var summaries: Int
    var ingest_runs: Int
    var last_ingest: LastIngest?
    var scheduled_ingest: String?

    init(store: PaperStore, scheduledIngest: DailyTime?) throws {
        let counts = try store.counts()
        schema_version = try store.schemaVersion()
        papers = counts.papers
        authors = counts.authors
        announcements = counts.announcements
        summaries = try store.summaryCount()
        ingest_runs = counts.runs
        last_ingest = try store.lastSuccessfulRun().map {
            LastIngest(started_at: $0.startedAt, finished_at: $0.finishedAt, source: $0.source, records: $0.records)
        }
        scheduled_ingest = scheduledIngest.map { "\($0) UTC" }
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
