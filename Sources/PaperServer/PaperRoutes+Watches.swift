import Foundation
import Hummingbird
import PaperKit

/// `/watch/NAME`, `/watch/NAME.rss` and `/watch/NAME.atom`: a watch's papers of the last
/// `days_back` days (or `from`/`to`, `week`), as `report --watch NAME` renders them, cached and
/// answered with ETag and Last-Modified like `/rss`.
extension PaperRoutes {
    @Sendable func watchFeed(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let path = try pathParameter(context, "name")
        let (name, format) = Self.watchTarget(path)
        guard let watch = settings.configuration.watches.first(where: { $0.name == name }) else {
            let known = settings.configuration.watches.map(\.name)
            throw ServerError.notFound("no watch is called \(name)" + (known.isEmpty ? "" : "; this server has \(known.joined(separator: ", "))"))
        }
        let query = try QueryParameters(request.uri.query)
        let range = try query.range(defaultDays: settings.defaultDays, today: today)
        let type = switch format {
        case .rss: "application/rss+xml; charset=utf-8"
        case .atom: "application/atom+xml; charset=utf-8"
        default: "text/html; charset=utf-8"
        }
        let key = RenderCache.Key(kind: "watch-\(format.rawValue)-\(watch.name)", category: nil, from: range.from, to: range.to, today: today)
        let document = try cache.document(for: key) {
            let now = settings.now()
            let text = try pool.read { store in
                let digest = try DigestBuilder(store: store, configuration: settings.configuration)
                    .build(range: range, selection: DigestSelection(configuration: settings.configuration),
                           watches: [watch], only: true, generatedAt: now)
                return try ReportRenderers.renderer(format: format, template: .digest).render(digest)
            }
            return CachedDocument(text: text, contentType: type, lastModified: now)
        }
        return document.response(to: request)
    }

    /// `spec-decoding.rss` → (spec-decoding, rss); no known suffix is the HTML page.
    static func watchTarget(_ path: String) -> (name: String, format: ReportFormat) {
        for format in [ReportFormat.rss, .atom] where path.hasSuffix("." + format.rawValue) {
            return (String(path.dropLast(format.rawValue.count + 1)), format)
        }
        return (path, .html)
    }
}

extension ServerSettings {
    /// The range a feed covers when the request names none: `days_back`, capped at the longest
    /// range a request may ask for, so the default is always servable (`ServeCommand` says so once).
    var defaultDays: Int { min(configuration.daysBack, QueryParameters.maxRangeDays) }

    /// The note serve logs once at start when `days_back` is over the cap; nil otherwise.
    public var daysBackNote: String? {
        guard configuration.daysBack > QueryParameters.maxRangeDays else { return nil }
        return "days_back is \(configuration.daysBack); feeds without a range cover the last \(QueryParameters.maxRangeDays) days, "
            + "the longest a request may ask for"
    }
}
