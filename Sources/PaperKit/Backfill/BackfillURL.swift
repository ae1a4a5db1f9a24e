import Foundation

/// The URLs of backfill pages, with every query value percent-encoded (a resumptionToken such as
/// `1122234|1001` or a query with brackets and spaces must reach the server intact).
public enum BackfillURL {
    /// The first page of one OAI set: `verb=ListRecords&metadataPrefix=arXiv&from=...&until=...&set=cs`.
    public static func oaiFirst(base: String, set: String, from: Day, until: Day, metadataPrefix: String = "arXiv") throws -> URL {
        try make(base, [("verb", "ListRecords"), ("metadataPrefix", metadataPrefix), ("from", from.description),
                        ("until", until.description), ("set", set)])
    }

    /// A continuation page: OAI-PMH allows only `verb` and `resumptionToken` on it.
    public static func oaiNext(base: String, token: String) throws -> URL {
        try make(base, [("verb", "ListRecords"), ("resumptionToken", token)])
    }

    /// One API page: `search_query=(cat:A OR cat:B) AND submittedDate:[... TO ...]`, oldest first.
    public static func api(base: String, categories: [String], window: APIWindow, start: Int, pageSize: Int) throws -> URL {
        let cats = categories.map { "cat:\($0)" }.joined(separator: " OR ")
        let query = "(\(cats)) AND submittedDate:[\(window.query)]"
        return try make(base, [("search_query", query), ("sortBy", "submittedDate"), ("sortOrder", "ascending"),
                               ("start", String(start)), ("max_results", String(pageSize))])
    }

    /// Only unreserved characters stay as they are (RFC 3986); `+` would otherwise read as a space.
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }

    private static func make(_ base: String, _ items: [(String, String)]) throws -> URL {
        let query = items.map { "\($0.0)=\(encode($0.1))" }.joined(separator: "&")
        let separator = base.contains("?") ? (base.hasSuffix("?") || base.hasSuffix("&") ? "" : "&") : "?"
        guard base.hasPrefix("http://") || base.hasPrefix("https://"), let url = URL(string: base + separator + query) else {
            throw BackfillError.badBaseURL(url: base)
        }
        return url
    }
}
