import Foundation

/// A client for any OpenAI-compatible `POST {base_url}/chat/completions` endpoint: hosted
/// (DashScope compatible mode, OpenAI, DeepSeek) or local (Ollama, llama.cpp server, vLLM).
public struct ChatClient: Sendable {
    /// One completion and what it cost.
    public struct Completion: Sendable, Equatable {
        public var text: String
        public var promptTokens: Int?
        public var completionTokens: Int?
    }

    public let baseURL: String
    public let model: String
    public let temperature: Double
    private let apiKey: String?
    private let http: HTTPClient

    /// Refuses, before any request, a missing key for a remote server, and a key sent over plain
    /// http to anything but this machine.
    public init(baseURL: String, model: String, temperature: Double, apiKey: String?, keyVariable: String, http: HTTPClient) throws {
        let scheme = URL(string: baseURL)?.scheme?.lowercased()
        guard scheme == "http" || scheme == "https", URL(string: baseURL + "/chat/completions")?.host != nil else {
            throw SummaryError.badBaseURL(baseURL)
        }
        let loopback = ChatClient.isLoopback(baseURL)
        let key = apiKey.flatMap { $0.isEmpty ? nil : $0 }
        if key == nil && !loopback { throw SummaryError.missingKey(variable: keyVariable) }
        if key != nil && !loopback && !baseURL.lowercased().hasPrefix("https://") {
            throw SummaryError.keyNotAllowed(baseURL: baseURL)
        }
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.model = model
        self.temperature = temperature
        self.apiKey = key
        self.http = http
    }

    /// Sends one system + user exchange and returns the reply.
    public func complete(system: String, user: String) throws -> Completion {
        guard let url = URL(string: baseURL + "/chat/completions") else { throw SummaryError.badBaseURL(baseURL) }
        let body: [String: Any] = [
            "model": model,
            "messages": [["role": "system", "content": system], ["role": "user", "content": user]],
            "temperature": temperature,
        ]
        var headers = ["Accept": "application/json"]
        if let apiKey { headers["Authorization"] = "Bearer \(apiKey)" }
        let response = try http.postJSON(url, body: try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]),
                                         headers: headers)
        switch response.status {
        case 200..<300: break
        case 401, 403: throw SummaryError.keyRefused(status: response.status, baseURL: baseURL)
        case 404: throw SummaryError.modelNotFound(model: model, baseURL: baseURL)
        default: throw HTTPError.status(url: url.absoluteString, status: response.status)
        }
        return try ChatClient.decode(response.body, model: model)
    }

    static func decode(_ body: Data, model: String) throws -> Completion {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw SummaryError.badResponse(reason: "not JSON (\(body.count) bytes)")
        }
        guard let choices = object["choices"] as? [[String: Any]], let message = choices.first?["message"] as? [String: Any] else {
            throw SummaryError.badResponse(reason: "no choices[0].message")
        }
        guard let text = (message["content"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            throw SummaryError.emptyContent(model: model)
        }
        let usage = object["usage"] as? [String: Any]
        return Completion(text: text, promptTokens: (usage?["prompt_tokens"] as? NSNumber)?.intValue,
                          completionTokens: (usage?["completion_tokens"] as? NSNumber)?.intValue)
    }

    static func isLoopback(_ baseURL: String) -> Bool {
        guard let host = URL(string: baseURL)?.host?.lowercased() else { return false }
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        // 127.0.0.0/8 as a numeric address only: `127.example.com` is a name anyone can register.
        var address = in_addr()
        return inet_pton(AF_INET, host, &address) == 1 && UInt32(bigEndian: address.s_addr) >> 24 == 127
    }
}
