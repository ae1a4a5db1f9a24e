import Foundation
import Hummingbird
import PaperKit

/// `/` (the search page), `/api/search`, `/papers/{id}` and `/api/papers/{id}`.
extension PaperRoutes {
    @Sendable func searchPage(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let query: QueryParameters
        do {
            query = try QueryParameters(request.uri.query)
        } catch let error as ServerError {
            let page = SearchPage(query: try QueryParameters(nil), request: nil, results: [], error: error.message,
                                  categories: settings.configuration.categories)
            return Self.html(page.render(), status: error.status)
        }
        var page = SearchPage(query: query, request: nil, results: [], error: nil, categories: settings.configuration.categories,
                              watches: settings.configuration.watches.map(\.name))
        do {
            var search = try query.search(pageSize: settings.pageSize)
            let key = RenderCache.Key(kind: "page", category: nil, from: today, to: today, today: today, query: request.uri.query ?? "")
            return try searchCache.document(for: key) {
                let limit = search.limit
                search.limit += 1
                page.results = try pool.read { try $0.search(search) }
                search.limit = limit
                page.request = search
                return CachedDocument(text: page.render(), contentType: "text/html; charset=utf-8", lastModified: settings.now())
            }.response(to: request)
        } catch let error as ServerError {
            page.error = error.message
            return Self.html(page.render(), status: error.status)
        } catch let error as SearchError {
            page.error = error.message
            return Self.html(page.render(), status: .badRequest)
        }
    }

    /// The same JSON array as `arxiv-bot query --format json`.
    @Sendable func apiSearch(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let search = try QueryParameters(request.uri.query).search(pageSize: settings.pageSize)
        let key = RenderCache.Key(kind: "api", category: nil, from: today, to: today, today: today, query: request.uri.query ?? "")
        return try searchCache.document(for: key) {
            let results = try pool.read { try $0.search(search) }
            var body = ByteBuffer(bytes: PaperExport.jsonArrayBytes(results))
            body.writeString("\n")
            return CachedDocument(body: body, contentType: "application/json; charset=utf-8",
                                  lastModified: settings.now())
        }.response(to: request)
    }

    @Sendable func paperPage(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let (id, version) = try paperIDAndVersion(context)
        let page: PaperPage? = try pool.read { store in
            guard let paper = try store.papers(arxivIDs: [id]).first else { return nil }
            return PaperPage(paper: paper, announcements: try store.announcements(arxivID: id),
                             similar: try store.similar(to: id, limit: PaperPage.similarCount))
        }
        guard let page else { throw ServerError.notFound("no paper \(id) in the store") }
        try Self.check(version, of: page.paper)
        return Self.html(page.render())
    }

    /// A version newer than the store has is not in the store; an older one shows the paper as stored.
    static func check(_ version: Int?, of paper: PaperResult) throws {
        if let version, let stored = paper.version, version > stored {
            throw ServerError.notFound("the store has \(paper.arxivID) up to v\(stored), not v\(version)")
        }
    }

    /// One paper as the object `query --format json` prints for it.
    @Sendable func apiPaper(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let (id, version) = try paperIDAndVersion(context)
        guard let paper = try pool.read({ try $0.papers(arxivIDs: [id]).first }) else {
            throw ServerError.notFound("no paper \(id) in the store")
        }
        try Self.check(version, of: paper)
        return Self.json(PaperExport.jsonObject(paper) + "\n")
    }
}
