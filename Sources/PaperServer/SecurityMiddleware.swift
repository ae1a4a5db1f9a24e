import HTTPTypes
import Hummingbird
import Logging
import PaperKit

/// Wraps every route (and the not-found answer): refuses over-long URIs before routing, turns
/// every error into a one-line 4xx/5xx body (never a stack trace or SQL), and adds the security
/// headers: no scripts, no framing, no MIME sniffing, no referrer.
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if request.uri.string.utf8.count > RequestLimits.uriBytes {
            response = ErrorResponses.response(.uriTooLong, path: request.uri.path)
        } else if request.method != .get && request.method != .head {
            response = ErrorResponses.response(.methodNotAllowed(request.method.rawValue), path: request.uri.path)
            response.headers[.allow] = "GET, HEAD"
        } else {
            do {
                response = try await next(request, context)
            } catch {
                let failure = ServerError.from(error)
                if failure == .unavailable {
                    logger.error("\(request.method) \(request.uri.path) failed: \(String(describing: error))")
                }
                response = ErrorResponses.response(failure, path: request.uri.path)
            }
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.referrerPolicy] = "no-referrer"
        return response
    }
}

extension HTTPField.Name {
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
