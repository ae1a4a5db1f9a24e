/// Failures of the summaries feature. Messages never contain the API key.
public enum SummaryError: ArxivBotError, Equatable {
    case missingKey(variable: String)
    case badBaseURL(String)
    case keyNotAllowed(baseURL: String)
    case keyRefused(status: Int, baseURL: String)
    case modelNotFound(model: String, baseURL: String)
    case badResponse(reason: String)
    case emptyContent(model: String)
    case unreadablePrompt(path: String)
    case someFailed(count: Int)

    public var errorDescription: String? {
        switch self {
        case let .missingKey(variable):
            return "the environment variable \(variable) is not set; export your API key in it (ai_summary.api_key_env names it)"
        case let .badBaseURL(baseURL):
            return "ai_summary.base_url \(baseURL) is not an http(s) URL; use the API's base, e.g. https://api.openai.com/v1"
        case let .keyNotAllowed(baseURL):
            return "ai_summary.base_url \(baseURL) must use https when an API key is sent; fix the URL"
        case let .keyRefused(status, baseURL):
            return "\(baseURL) refused the API key (HTTP \(status)); check the key in ai_summary.api_key_env and its permissions"
        case let .modelNotFound(model, baseURL):
            return "\(baseURL) does not know the model \(model) (HTTP 404); check ai_summary.model"
        case let .badResponse(reason):
            return "the model server's answer was not a chat completion: \(reason); check ai_summary.base_url points at an OpenAI-compatible API"
        case let .emptyContent(model):
            return "\(model) returned an empty summary; run the same command again, or try another ai_summary.model"
        case let .unreadablePrompt(path):
            return "cannot read the prompt file \(path), or it is empty; fix ai_summary.prompt_file or remove it to use the built-in prompt"
        case let .someFailed(count):
            return "\(count) paper\(count == 1 ? "" : "s") could not be summarized; run the same command again to retry them"
        }
    }

    public var exitCode: ExitStatus {
        switch self {
        case .missingKey, .badBaseURL, .keyNotAllowed, .unreadablePrompt: return .config
        case .keyRefused, .modelNotFound: return .config
        case .badResponse, .emptyContent: return .dataError
        case .someFailed: return .unavailable
        }
    }
}
