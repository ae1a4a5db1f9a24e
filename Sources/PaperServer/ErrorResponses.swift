import Foundation
import Hummingbird
import PaperKit

/// Error bodies: one line of JSON for the API, health and export; a small HTML page elsewhere.
enum ErrorResponses {
    static func response(_ error: ServerError, path: String) -> Response {
        let wantsJSON = path.hasPrefix("/api/") || path == "/health" || path.hasPrefix("/export")
        var headers = HTTPFields()
        if error == .busy { headers[.retryAfter] = "1" }
        if wantsJSON {
            headers[.contentType] = "application/json; charset=utf-8"
            let body = JSONText.object([("error", .string(error.message)), ("status", .number(Double(error.status.code)))])
                .rendered(pretty: false) + "\n"
            return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        headers[.contentType] = "text/html; charset=utf-8"
        let title = "\(error.status.code) \(error.status.reasonPhrase)"
        let body = PageLayout.page(title: title, body: """
            <h1>\(XMLEscaping.escape(title))</h1>
            <p class="error">\(XMLEscaping.escape(error.message))</p>
            <p><a href="/">Search papers</a></p>

            """)
        return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
