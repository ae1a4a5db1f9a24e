import Foundation

/// Fetches papers the store does not hold from the arXiv API by `id_list`, at most 100 IDs a
/// request, through the ingestor: the polite shared client, the Atom parser, the ledger.
public struct PaperFetcher {
    /// `feeds.api_url` (a local server in tests).
    public var apiURL: String
    public var ingestor: Ingestor
    public static let batchSize = 100

    public init(apiURL: String, ingestor: Ingestor) {
        self.apiURL = apiURL
        self.ingestor = ingestor
    }

    /// The request for one batch: `API?id_list=A,B&max_results=2`.
    public static func url(api: String, ids: [ArxivID]) -> String {
        let list = ids.map(\.rawValue).joined(separator: ",")
        return api + (api.contains("?") ? "&" : "?") + "id_list=\(list)&max_results=\(ids.count)"
    }

    /// Fetches `ids`; a failed request is the ledger's business (the caller re-checks the store).
    /// Throws only when the first request failed with a network error, so the user learns why.
    public func fetch(_ ids: [ArxivID]) throws {
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(start + Self.batchSize, ids.count)])
            let report = try ingestor.ingest([.url(Self.url(api: apiURL, ids: batch))])
            if start == 0, let error = report.failed.first?.error { throw error }
            start += Self.batchSize
        }
    }
}
