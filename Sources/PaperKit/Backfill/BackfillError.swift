/// Backfill failures that belong to no other area.
public enum BackfillError: ArxivBotError, Equatable {
    /// `feeds.oai_url` or `feeds.api_url` is not an http(s) URL.
    case badBaseURL(url: String)
    /// The OAI server no longer knows the saved resumptionToken (they expire after a while).
    case expiredToken(job: String, token: String)
    /// `--from` after `--to`.
    case emptyRange(from: Day, to: Day)
    /// The API kept answering a page with no entries although its total said more were left.
    case emptyAPIPage(url: String, start: Int, attempts: Int)

    public var errorDescription: String? {
        switch self {
        case let .badBaseURL(url):
            return "\(url) is not an http(s) url; check feeds.oai_url and feeds.api_url in the configuration"
        case let .expiredToken(_, token):
            return "the oai server no longer accepts the saved resumption token \(token); run the same command with --restart"
        case let .emptyRange(from, to):
            return "the backfill range \(from)..\(to) is empty; --from must not be after --to"
        case let .emptyAPIPage(url, start, attempts):
            return "the arXiv API answered \(url) with no entries \(attempts) times although results from \(start) on remain; "
                + "nothing was skipped: run the same command later to resume there"
        }
    }

    public var exitCode: ExitStatus {
        switch self {
        case .badBaseURL: return .config
        case .expiredToken: return .dataError
        case .emptyRange: return .usage
        case .emptyAPIPage: return .unavailable
        }
    }
}
