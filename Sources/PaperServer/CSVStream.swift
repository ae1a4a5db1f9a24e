import Foundation
import Hummingbird
import Logging
import PaperKit

/// Streams an export from a blocking SQLite cursor to an async response: a thread reads rows
/// into 64 KB chunks and hands them over through a stream; a semaphore holds it to a few chunks
/// ahead of the client, so memory stays flat however large the export or slow the reader.
/// A client that disconnects stops the thread at its next chunk.
struct CSVStream: @unchecked Sendable {
    let pool: StorePool
    /// Checked out by the caller; given back to the pool when the stream ends.
    let store: PaperStore
    let filter: PaperFilter
    let writer: CSVWriter
    let logger: Logger

    static let chunkBytes = 1 << 16
    static let chunksAhead = 4

    private struct Stopped: Error {}

    func body() -> ResponseBody {
        ResponseBody { output in
            let (chunks, continuation) = AsyncThrowingStream<ByteBuffer, any Error>.makeStream()
            let gate = DispatchSemaphore(value: Self.chunksAhead)
            let stopped = StopFlag()
            continuation.onTermination = { _ in
                stopped.set()
                gate.signal()
            }
            Thread.detachNewThread { produce(into: continuation, gate: gate, stopped: stopped) }
            for try await chunk in chunks {
                try await output.write(chunk)
                gate.signal()
            }
            try await output.finish(nil)
        }
    }

    private func produce(into continuation: AsyncThrowingStream<ByteBuffer, any Error>.Continuation,
                         gate: DispatchSemaphore, stopped: StopFlag) {
        defer { pool.checkIn(store) }
        var rows = PaperRowWriter(.csv(writer))
        var chunk = Array(rows.header().utf8)
        func send() throws {
            gate.wait()
            if stopped.isSet { throw Stopped() }
            continuation.yield(ByteBuffer(bytes: chunk))
            chunk.removeAll(keepingCapacity: true)
        }
        do {
            try store.forEachPaper(matching: filter) { paper in
                rows.append(paper, to: &chunk)
                if chunk.count >= Self.chunkBytes { try send() }
            }
            if !chunk.isEmpty { try send() }
            continuation.finish()
        } catch is Stopped {
            continuation.finish()
        } catch {
            logger.error("export.csv failed: \(String(describing: error))")
            continuation.finish(throwing: error)
        }
    }
}

/// A flag set once from any thread.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
