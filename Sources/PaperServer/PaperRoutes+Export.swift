import Foundation
import Hummingbird
import PaperKit

/// `/export.csv` and `/health`.
extension PaperRoutes {
    /// The CSV of `arxiv-bot export` for the same filters, streamed: rows leave as they are read.
    @Sendable func exportCSV(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let query = try QueryParameters(request.uri.query)
        let filter = try query.filter()
        let writer = CSVWriter(excelSafe: ["1", "true", "yes"].contains(query.string("excel_safe") ?? ""))
        // Checked out here so a store that cannot be opened is a 503, not a broken stream.
        let store = try pool.checkOut()
        let body = CSVStream(pool: pool, store: store, filter: filter, writer: writer, logger: logger).body()
        return Response(status: .ok, headers: [
            .contentType: "text/csv; charset=utf-8",
            .contentDisposition: "attachment; filename=\"papers.csv\"",
        ], body: body)
    }

    @Sendable func health(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let report = try pool.read { try HealthReport(store: $0, scheduledIngest: settings.ingestAt) }
        return Self.json(try report.json())
    }
}
