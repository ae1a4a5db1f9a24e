import Hummingbird
import PaperKit

/// What a request can get wrong, or what went wrong answering it. Messages are one lowercase
/// line; a failure of the store is logged and answered with a generic line, never with its SQL.
enum ServerError: Error, Equatable {
    case badParameter(String)
    case notFound(String)
    case uriTooLong
    /// Everything here is read-only: only GET and HEAD.
    case methodNotAllowed(String)
    case busy
    case unavailable

    var status: HTTPResponse.Status {
        switch self {
        case .badParameter: return .badRequest
        case .notFound: return .notFound
        case .uriTooLong: return .uriTooLong
        case .methodNotAllowed: return .methodNotAllowed
        case .busy, .unavailable: return .serviceUnavailable
        }
    }

    var message: String {
        switch self {
        case let .badParameter(message): return message
        case let .notFound(message): return message
        case .uriTooLong: return "the request URI is longer than \(RequestLimits.uriBytes) bytes; shorten the query"
        case let .methodNotAllowed(method): return "\(method) is not supported: this server only reads; use GET or HEAD"
        case .busy: return "the store is busy; try again in a moment"
        case .unavailable: return "the store could not answer this request; see the server log"
        }
    }

    /// A PaperKit error met while answering: usage errors become 400 with their message,
    /// everything else a generic 503 (the caller logs the detail).
    static func from(_ error: any Error) -> ServerError {
        switch error {
        case let error as ServerError: return error
        case let error as ReportError: return .badParameter(ParameterText.unflagged(error.message))
        case let error as SearchError: return .badParameter(error.message)
        case StoreError.busy: return .busy
        case let error as Hummingbird.HTTPError where error.status == .notFound: return .notFound("no such page")
        case let error as Hummingbird.HTTPError where error.status == .uriTooLong: return .uriTooLong
        case let error as Hummingbird.HTTPError where error.status.code < 500: return .badParameter(error.body ?? error.status.reasonPhrase)
        default: return .unavailable
        }
    }
}

/// Turns the CLI wording of shared PaperKit messages (`--from 2026-13-01 ...`) into parameter names.
enum ParameterText {
    static func unflagged(_ message: String) -> String {
        message.replacingOccurrences(of: "--", with: "")
    }
}
