import Foundation
import Hummingbird
import PaperKit

/// `/rss`, `/atom` (optionally per category) and `/digest`: exactly what `arxiv-bot report`
/// renders for the same range, cached until the store changes, with ETag and Last-Modified.
extension PaperRoutes {
    /// The report's feed for the last `days_back` days (or `from`/`to`, `week`), the configured
    /// selection, restricted to `category` when given.
    func feed(_ format: ReportFormat, category: String?, request: Request) throws -> Response {
        let query = try QueryParameters(request.uri.query)
        if let category, !Category.isWellFormed(category) {
            throw ServerError.notFound("\(category) is not an arXiv category; use a form like cs.AI, hep-th or math.AG")
        }
        let range = try query.range(defaultDays: settings.defaultDays, today: today)
        var selection = DigestSelection(configuration: settings.configuration)
        if let category { selection.categories = [category] }
        let type = format == .rss ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8"
        let key = RenderCache.Key(kind: format.rawValue, category: category, from: range.from, to: range.to, today: today)
        return try rendered(key, contentType: type, request: request) { store, now in
            let digest = try DigestBuilder(store: store, configuration: settings.configuration)
                .build(range: range, selection: selection, generatedAt: now)
            return try ReportRenderers.renderer(format: format).render(digest)
        }
    }

    /// `/digest?from=&to=` or `?week=`: the HTML digest (`template=digest|readme`, `group=day|category`).
    @Sendable func digest(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let query = try QueryParameters(request.uri.query)
        let range = try query.range(defaultDays: settings.defaultDays, today: today)
        guard let template = ReportTemplate(rawValue: query.string("template") ?? "digest") else {
            throw ServerError.badParameter("template must be digest or readme")
        }
        guard let group = ReportGroup(rawValue: query.string("group") ?? "day") else {
            throw ServerError.badParameter("group must be day or category")
        }
        let key = RenderCache.Key(kind: "html-\(template.rawValue)-\(group.rawValue)", category: nil, from: range.from, to: range.to, today: today)
        return try rendered(key, contentType: "text/html; charset=utf-8", request: request) { store, now in
            var builder = DigestBuilder(store: store, configuration: settings.configuration)
            builder.includeCharts = template == .digest
            let digest = try builder.build(range: range, selection: DigestSelection(configuration: settings.configuration), generatedAt: now)
            return try ReportRenderers.renderer(format: .html, template: template, group: group).render(digest)
        }
    }

    private func rendered(_ key: RenderCache.Key, contentType: String, request: Request,
                          render: @escaping (PaperStore, Date) throws -> String) throws -> Response {
        let document = try cache.document(for: key) {
            let now = settings.now()
            let text = try pool.read { try render($0, now) }
            return CachedDocument(text: text, contentType: contentType, lastModified: now)
        }
        return document.response(to: request)
    }
}
