import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serves one request on an accepted socket, then closes it.
struct Connection {
    let fd: Int32
    let arrival: Date
    let state: ServerState
    let handler: LocalHTTPServer.Handler

    func serve() {
        defer { close(fd) }
        // A client that connects and says nothing must not keep a thread forever.
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest() else { return }
        state.record(request)
        let response = handler(request)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        write(response.serialized())
    }

    private func readRequest() -> LocalHTTPServer.Request? {
        var buffer = Data()
        let separator = Data("\r\n\r\n".utf8)
        var headEnd: Range<Data.Index>?
        while headEnd == nil {
            guard buffer.count < 1 << 20, let chunk = receive() else { return nil }
            buffer.append(chunk)
            headEnd = buffer.range(of: separator)
        }
        let head = String(decoding: buffer[..<headEnd!.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        if headers["expect"]?.lowercased() == "100-continue" { write(Data("HTTP/1.1 100 Continue\r\n\r\n".utf8)) }
        var body = Data(buffer[headEnd!.upperBound...])
        let length = Int(headers["content-length"] ?? "") ?? 0
        while body.count < length, let chunk = receive() { body.append(chunk) }
        return LocalHTTPServer.Request(method: String(requestLine[0]), path: String(requestLine[1]),
                                       headers: headers, body: body.prefix(length), receivedAt: arrival)
    }

    /// Up to 64 KiB, or nil at end of stream, error or timeout.
    private func receive() -> Data? {
        var bytes = [UInt8](repeating: 0, count: 65_536)
        let n = recv(fd, &bytes, bytes.count, 0)
        return n > 0 ? Data(bytes[0..<n]) : nil
    }

    /// MSG_NOSIGNAL: a client that hung up (after a timeout) must not kill the test process with SIGPIPE.
    private func write(_ data: Data) {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
