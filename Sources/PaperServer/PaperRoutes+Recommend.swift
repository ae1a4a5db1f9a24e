import Foundation
import Hummingbird
import PaperKit

/// `/recommend?tag=T`: the papers of the last `days_back` days (or `from`/`to`, `week`) most like
/// the papers of tag T (repeatable: their union), with why, as `recommend --tag T` ranks them.
/// Read-only: tags change only from the command line, so serve still writes nothing.
extension PaperRoutes {
    @Sendable func recommendPage(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let query = try QueryParameters(request.uri.query)
        let tags = query.list("tag")
        guard !tags.isEmpty else { throw ServerError.badParameter("tag is missing; ask for /recommend?tag=NAME") }
        let range = try query.range(defaultDays: settings.defaultDays, today: today)
        let limit = try query.int("limit", in: 1...RequestLimits.maxLimit) ?? settings.pageSize
        let key = RenderCache.Key(kind: "recommend", category: nil, from: range.from, to: range.to, today: today,
                                  query: tags.joined(separator: "\u{1F}") + "\u{1E}\(limit)")
        let document = try cache.document(for: key) {
            let page = try pool.read { store -> RecommendPage in
                do {
                    let set = try Recommender(store: store).recommend(tags: tags, filter: PaperFilter(dated: range), limit: limit)
                    return RecommendPage(tags: tags, range: range, set: set)
                } catch let error as TagError {
                    throw ServerError.notFound(error.message)
                } catch let error as RecommendError {
                    throw ServerError.notFound(error.message)
                }
            }
            return CachedDocument(text: page.render(), contentType: "text/html; charset=utf-8", lastModified: settings.now())
        }
        return document.response(to: request)
    }
}

/// The HTML of `/recommend`: one article per paper, its score and the terms behind it.
struct RecommendPage {
    var tags: [String]
    var range: DigestRange
    var set: RecommendationSet

    private func e(_ s: String) -> String { PageLayout.e(s) }

    func render() -> String {
        var body = "<h1>Recommended from \(e(tags.joined(separator: ", ")))</h1>\n"
        body += "<p class=\"count\">\(e(range.label)): \(e(set.note))</p>\n"
        if set.recommendations.isEmpty { body += "<p class=\"count\">No paper of the range looks like them.</p>\n" }
        for r in set.recommendations {
            let p = r.paper
            body += "<article>\n<h2><a href=\"/papers/\(e(p.arxivID))\">\(e(p.title.normalizingWhitespace()))</a></h2>\n"
            body += "<p class=\"authors\">\(e(p.authors.joined(separator: ", ")))</p>\n"
            body += "<p class=\"facts\"><span class=\"score\">\(String(format: "%.3f", r.score))</span> <span>\(e(p.versionedID))</span>"
                + " <span>\(e(p.categories.joined(separator: ", ")))</span> <span>\(p.date?.description ?? "")</span></p>\n"
            body += "<p class=\"hits\">why: \(e(r.reasons.map(\.term).joined(separator: ", ")))</p>\n</article>\n"
        }
        return PageLayout.page(title: "Recommended from \(tags.joined(separator: ", ")) – arxiv-bot", body: body)
    }
}
