import Foundation
import Hummingbird
import Logging
import PaperKit

/// The handlers of every endpoint, over a pool of read-only connections and a cache of rendered
/// feeds. Each concern lives in its own extension (`PaperRoutes+Feeds`, `+Search`, ...).
struct PaperRoutes: Sendable {
    let settings: ServerSettings
    let pool: StorePool
    let cache: RenderCache
    /// Search answers: a two-word search over 100,000 papers costs about 4 ms of CPU, so
    /// repeated searches are served from memory until the next ingest.
    let searchCache: RenderCache
    let logger: Logger

    init(settings: ServerSettings, logger: Logger) throws {
        self.settings = settings
        self.logger = logger
        pool = try StorePool(path: settings.databasePath)
        cache = try RenderCache(path: settings.databasePath)
        searchCache = try RenderCache(path: settings.databasePath, capacity: 256)
    }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/", use: searchPage)
        router.get("/papers/**", use: paperPage)
        router.get("/rss") { request, _ in try feed(.rss, category: nil, request: request) }
        router.get("/rss/{category}") { request, context in
            try feed(.rss, category: try pathParameter(context, "category"), request: request)
        }
        router.get("/atom") { request, _ in try feed(.atom, category: nil, request: request) }
        router.get("/atom/{category}") { request, context in
            try feed(.atom, category: try pathParameter(context, "category"), request: request)
        }
        router.get("/digest", use: digest)
        router.get("/watch/{name}", use: watchFeed)
        router.get("/recommend", use: recommendPage)
        router.get("/api/search", use: apiSearch)
        router.get("/trends", use: trendsPage)
        router.get("/api/trends", use: apiTrends)
        router.get("/api/papers/**", use: apiPaper)
        router.get("/export.csv", use: exportCSV)
        router.get("/health", use: health)
    }

    /// "Today" as reports see it: the newest feed date at `settings.now()` (US Eastern), as `report` uses.
    var today: Day { ArxivSchedule.feedDay(at: settings.now()) }

    func pathParameter(_ context: BasicRequestContext, _ name: String) throws -> String {
        let raw = context.parameters.get(name) ?? ""
        let value = raw.removingPercentEncoding ?? raw
        guard value.count <= RequestLimits.pathCharacters else {
            throw ServerError.badParameter("\(name) is too long (at most \(RequestLimits.pathCharacters) characters)")
        }
        return value
    }

    /// The arXiv ID after `/papers/` or `/api/papers/` (old-style IDs such as `hep-th/9901001`
    /// included) and the version, if the path names one (`2601.03043v2`).
    func paperIDAndVersion(_ context: BasicRequestContext) throws -> (id: String, version: Int?) {
        let raw = context.parameters.getCatchAll().joined(separator: "/")
        let text = raw.removingPercentEncoding ?? raw
        guard text.count <= RequestLimits.pathCharacters else {
            throw ServerError.badParameter("the paper ID is too long (at most \(RequestLimits.pathCharacters) characters)")
        }
        guard let parsed = ArxivID.parse(text) else {
            throw ServerError.notFound("\(text) is not an arXiv ID; use a form like 2601.03043 or hep-th/9901001")
        }
        return (parsed.id.rawValue, parsed.version)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        response(text, type: "text/html; charset=utf-8", status: status)
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        response(text, type: "application/json; charset=utf-8", status: status)
    }

    static func response(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
