import Foundation
import Hummingbird
import PaperKit

/// `/trends` (the chart inline as SVG, and the table) and `/api/trends` (the JSON of
/// `trend --format json`). Answers are cached with the searches until the next ingest.
extension PaperRoutes {
    @Sendable func trendsPage(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let query: QueryParameters
        do {
            query = try QueryParameters(request.uri.query)
        } catch let error as ServerError {
            return Self.html(TrendsPage(query: try QueryParameters(nil), trend: nil, error: error.message).render(), status: error.status)
        }
        // No query yet: the form alone (the nav's link), not an error.
        if query.all("q").isEmpty, (request.uri.query ?? "").isEmpty {
            return Self.html(TrendsPage(query: query, trend: nil, error: nil).render())
        }
        do {
            let trendRequest = try query.trend(today: today)
            let key = RenderCache.Key(kind: "trends", category: nil, from: today, to: today, today: today, query: request.uri.query ?? "")
            return try searchCache.document(for: key) {
                let trend = try pool.read { try TrendBuilder(store: $0).build(trendRequest, generatedAt: settings.now()) }
                let page = TrendsPage(query: query, trend: trend, error: nil)
                return CachedDocument(text: page.render(), contentType: "text/html; charset=utf-8", lastModified: settings.now())
            }.response(to: request)
        } catch let error as ServerError {
            return Self.html(TrendsPage(query: query, trend: nil, error: error.message).render(), status: error.status)
        } catch let error as SearchError {
            return Self.html(TrendsPage(query: query, trend: nil, error: error.message).render(), status: .badRequest)
        }
    }

    @Sendable func apiTrends(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let trendRequest = try QueryParameters(request.uri.query).trend(today: today)
        let key = RenderCache.Key(kind: "api-trends", category: nil, from: today, to: today, today: today, query: request.uri.query ?? "")
        return try searchCache.document(for: key) {
            let trend = try pool.read { try TrendBuilder(store: $0).build(trendRequest, generatedAt: settings.now()) }
            return CachedDocument(text: TrendJSON.render(trend), contentType: "application/json; charset=utf-8", lastModified: settings.now())
        }.response(to: request)
    }
}
