import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for tests that cross a network.
///
/// Each connection carries one request and is closed after the response (`Connection: close`);
/// each is handled on its own thread, so slow (delayed) responses do not hold up others.
/// Request bodies must come with `Content-Length` (no chunked uploads).
///
/// ```swift
/// let server = try LocalHTTPServer { request in
///     .init(status: 200, headers: ["ETag": "\"abc\""], body: Data("hello".utf8))
/// }
/// let url = server.url("/feed?x=1")
/// ...
/// #expect(server.requests.count == 1)
/// ```
/// The server stops in `stop()` or when it is released.
public final class LocalHTTPServer: @unchecked Sendable {
    /// Decides the response to each request; called on the connection's thread.
    public typealias Handler = @Sendable (Request) -> Response

    /// The port the server listens on (127.0.0.1 only).
    public let port: UInt16
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    private let listener: Int32
    private let state = ServerState()
    private let acceptLoopDone = DispatchSemaphore(value: 0)

    /// Starts listening at once; `handler` answers every request.
    public init(handler: @escaping Handler) throws {
        listener = try Self.openListener()
        do { port = try Self.boundPort(listener) } catch { close(listener); throw error }
        let (listener, state, done) = (listener, state, acceptLoopDone)
        let thread = Thread {
            Self.acceptLoop(listener: listener, state: state, handler: handler)
            done.signal()
        }
        thread.name = "LocalHTTPServer:\(port)"
        thread.start()
    }

    /// Serves `responses` in order, one per request; the last one repeats forever
    /// (e.g. `[429 with Retry-After, 200]`, or `[503]` for a server that never recovers).
    public convenience init(responses: [Response]) throws {
        precondition(!responses.isEmpty, "LocalHTTPServer needs at least one response")
        let counter = Counter()
        try self.init { _ in responses[min(counter.next(), responses.count - 1)] }
    }

    deinit { stop() }

    /// An absolute URL on this server, e.g. `server.url("/rss/cs.AI")`.
    public func url(_ pathAndQuery: String) -> URL {
        URL(string: baseURL + (pathAndQuery.hasPrefix("/") ? "" : "/") + pathAndQuery)!
    }

    /// Every request received so far, in order of arrival.
    public var requests: [Request] { state.requests }

    /// Stops accepting connections and closes the listening socket. Safe to call twice.
    /// Connections already being answered finish on their own threads.
    public func stop() {
        guard state.markStopped() else { return }
        _ = acceptLoopDone.wait(timeout: .now() + 2)
        close(listener)
    }

    /// A port on 127.0.0.1 that nothing listens on (bound, then released), for "connection refused" tests.
    public static func closedPort() throws -> UInt16 {
        let fd = try openListener(listen: false)
        defer { close(fd) }
        return try boundPort(fd)
    }

    // MARK: - Sockets

    public struct SocketError: Error, CustomStringConvertible {
        public let description: String
        init(_ call: String) { description = "\(call) failed: \(String(cString: strerror(errno)))" }
    }

    private static func openListener(listen shouldListen: Bool = true) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SocketError("socket") }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0  // the kernel picks a free port
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { let error = SocketError("bind"); close(fd); throw error }
        if shouldListen, listen(fd, 64) != 0 { let error = SocketError("listen"); close(fd); throw error }
        return fd
    }

    private static func boundPort(_ fd: Int32) throws -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard ok == 0 else { throw SocketError("getsockname") }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Polls so that `stop()` is noticed within 50 ms; closing a socket does not wake `accept` on Linux.
    private static func acceptLoop(listener: Int32, state: ServerState, handler: @escaping Handler) {
        while !state.isStopped {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            let arrival = Date()
            let thread = Thread {
                Connection(fd: client, arrival: arrival, state: state, handler: handler).serve()
            }
            thread.start()
        }
    }
}

/// The mutable part of a server, shared with its threads; every access holds `lock`.
final class ServerState: @unchecked Sendable {
    private let lock = NSLock()
    private var received: [LocalHTTPServer.Request] = []
    private var stopped = false

    var requests: [LocalHTTPServer.Request] {
        lock.withLock { received.sorted { $0.receivedAt < $1.receivedAt } }
    }
    var isStopped: Bool { lock.withLock { stopped } }

    func record(_ request: LocalHTTPServer.Request) { lock.withLock { received.append(request) } }

    /// True the first time only.
    func markStopped() -> Bool {
        lock.withLock {
            defer { stopped = true }
            return !stopped
        }
    }
}

/// A thread-safe counter for sequenced responses.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { defer { value += 1 }; return value } }
}
