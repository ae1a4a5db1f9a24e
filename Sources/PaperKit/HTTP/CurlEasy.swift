import CCurl
import Foundation

/// `curl_global_init` must run once per process before any handle exists; a global `let`
/// is initialised lazily and exactly once, thread-safely, by the Swift runtime.
private let curlGlobalInit: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

/// What the callbacks collect during one transfer. Only the transferring thread touches it.
final class CurlTransferState {
    var body = Data()
    var headers: [String: String] = [:]
    let maxBodyBytes: Int
    var overflowed = false

    init(maxBodyBytes: Int) { self.maxBodyBytes = maxBodyBytes }

    /// One raw header line. A status line starts a new header set, so after a `100 Continue`
    /// only the final response's headers remain.
    func header(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("HTTP/") { headers = [:]; return }
        guard let colon = trimmed.firstIndex(of: ":") else { return }
        let name = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return }
        if let earlier = headers[name] { headers[name] = earlier + ", " + value } else { headers[name] = value }
    }
}

/// An upload's bytes and how far curl has read them. Only the transferring thread touches it.
final class CurlUpload {
    let bytes: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) { self.bytes = bytes }
}

/// The raw outcome of one transfer: curl's code and what was received.
struct CurlResult {
    let code: CURLcode
    let errorMessage: String
    let status: Int
    let headers: [String: String]
    let body: Data
    let overflowed: Bool
}

/// Owns one libcurl easy handle (plus its header list and error buffer) for a single request,
/// and frees all three in `deinit`. A handle per request keeps `HTTPClient` free of shared
/// mutable C state, so it is safely `Sendable`; reusing connections would gain nothing
/// because arXiv requests are seconds apart anyway.
final class CurlEasy {
    private let handle: UnsafeMutableRawPointer
    /// The string lists curl reads during `perform` (request headers, SMTP recipients), by option.
    private var lists: [CURLoption.RawValue: UnsafeMutablePointer<curl_slist>] = [:]
    /// The bytes an upload (an SMTP message) reads from; curl holds a pointer to it during `perform`.
    private var upload: CurlUpload?
    /// curl keeps this pointer and writes into it during `perform`, so it lives as long as the handle.
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private let url: String

    init(url: String) throws(HTTPError) {
        self.url = url
        guard curlGlobalInit == CURLE_OK else {
            throw HTTPError.transport(url: url, code: Int(curlGlobalInit.rawValue), message: "curl_global_init failed")
        }
        guard let handle = curl_easy_init() else {
            throw HTTPError.transport(url: url, code: -1, message: "curl_easy_init failed")
        }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        try set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
    }

    deinit {
        curl_easy_cleanup(handle)
        for list in lists.values { curl_slist_free_all(list) }
        errorBuffer.deallocate()
    }

    func set(_ option: CURLoption, _ value: Int) throws(HTTPError) {
        try check(ccurl_setopt_long(handle, option, value), option)
    }

    func set(_ option: CURLoption, _ value: String) throws(HTTPError) {
        // String options are copied by libcurl (since 7.17), so a temporary C string is enough.
        try check(value.withCString { ccurl_setopt_str(handle, option, $0) }, option)
    }

    func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer?) throws(HTTPError) {
        try check(ccurl_setopt_ptr(handle, option, pointer), option)
    }

    /// Request headers; the list is kept alive (and freed) by this object as curl requires.
    func setHeaders(_ lines: [String]) throws(HTTPError) {
        try setList(CURLOPT_HTTPHEADER, lines)
    }

    /// A string-list option (`CURLOPT_HTTPHEADER`, `CURLOPT_MAIL_RCPT`); kept alive and freed by this object.
    func setList(_ option: CURLoption, _ lines: [String]) throws(HTTPError) {
        var list: UnsafeMutablePointer<curl_slist>? = nil
        for line in lines {
            guard let next = curl_slist_append(list, line) else {
                if let list { curl_slist_free_all(list) }
                throw HTTPError.transport(url: url, code: -1, message: "out of memory building a curl list")
            }
            list = next
        }
        if let old = lists.removeValue(forKey: option.rawValue) { curl_slist_free_all(old) }
        if let list { lists[option.rawValue] = list }
        try check(ccurl_setopt_slist(handle, option, list), option)
    }

    /// Makes the transfer an upload of `body` (`CURLOPT_UPLOAD`), read through `CURLOPT_READFUNCTION`
    /// from a copy this object keeps until it is freed.
    func setUpload(_ body: Data) throws(HTTPError) {
        let source = CurlUpload(bytes: [UInt8](body))
        upload = source
        try check(ccurl_setopt_read(handle, CURLOPT_READFUNCTION, { buffer, size, count, context in
            let source = Unmanaged<CurlUpload>.fromOpaque(context!).takeUnretainedValue()
            guard let buffer else { return 0 }
            let n = min(size * count, source.bytes.count - source.offset)
            guard n > 0 else { return 0 }  // 0: the end of the upload
            source.bytes.withUnsafeBufferPointer { bytes in
                UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + source.offset, byteCount: n)
            }
            source.offset += n
            return n
        }), CURLOPT_READFUNCTION)
        try set(CURLOPT_READDATA, pointer: Unmanaged.passUnretained(source).toOpaque())
        try set(CURLOPT_UPLOAD, 1)
    }

    /// A POST body; `COPYPOSTFIELDS` makes curl keep its own copy, so no buffer must outlive this call.
    func setPostBody(_ body: Data) throws(HTTPError) {
        try set(CURLOPT_POSTFIELDSIZE, body.count)
        var bytes = [UInt8](body)
        if bytes.isEmpty { bytes = [0] }  // a valid pointer even for an empty body; the size says 0
        let code = bytes.withUnsafeMutableBytes { ccurl_setopt_ptr(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
        try check(code, CURLOPT_COPYPOSTFIELDS)
    }

    /// Runs the transfer, collecting body and headers through the C callbacks.
    func perform(maxBodyBytes: Int) throws(HTTPError) -> CurlResult {
        let state = CurlTransferState(maxBodyBytes: maxBodyBytes)
        let context = Unmanaged.passUnretained(state).toOpaque()
        try check(ccurl_setopt_write(handle, CURLOPT_WRITEFUNCTION, { data, size, count, context in
            let state = Unmanaged<CurlTransferState>.fromOpaque(context!).takeUnretainedValue()
            let n = size * count
            guard n > 0, let data else { return n }
            if state.body.count + n > state.maxBodyBytes {
                state.overflowed = true
                return 0  // makes curl abort with CURLE_WRITE_ERROR
            }
            data.withMemoryRebound(to: UInt8.self, capacity: n) { state.body.append($0, count: n) }
            return n
        }), CURLOPT_WRITEFUNCTION)
        try set(CURLOPT_WRITEDATA, pointer: context)
        try check(ccurl_setopt_write(handle, CURLOPT_HEADERFUNCTION, { data, size, count, context in
            let state = Unmanaged<CurlTransferState>.fromOpaque(context!).takeUnretainedValue()
            let n = size * count
            guard n > 0, let data else { return n }
            let line = data.withMemoryRebound(to: UInt8.self, capacity: n) {
                String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self)
            }
            state.header(line)
            return n
        }), CURLOPT_HEADERFUNCTION)
        try set(CURLOPT_HEADERDATA, pointer: context)

        errorBuffer[0] = 0
        let code = withExtendedLifetime(state) { curl_easy_perform(handle) }

        var status = 0
        // A getinfo failure only loses the status (0); the transfer code still decides.
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var message = String(cString: errorBuffer)
        if message.isEmpty && code != CURLE_OK { message = String(cString: curl_easy_strerror(code)) }
        return CurlResult(code: code, errorMessage: message, status: status, headers: state.headers,
                          body: state.body, overflowed: state.overflowed)
    }

    private func check(_ code: CURLcode, _ option: CURLoption) throws(HTTPError) {
        guard code == CURLE_OK else {
            let reason = String(cString: curl_easy_strerror(code))
            throw HTTPError.transport(url: url, code: Int(code.rawValue),
                                      message: "setting curl option \(option.rawValue) failed: \(reason)")
        }
    }
}
