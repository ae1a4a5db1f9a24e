import Foundation

/// Hands out items to several worker threads.
final class WorkQueue<Item>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Item]
    private var index = 0

    init(_ items: [Item]) { self.items = items }

    func next() -> Item? {
        lock.lock()
        defer { lock.unlock() }
        guard index < items.count else { return nil }
        defer { index += 1 }
        return items[index]
    }

    /// Hands out nothing more; items already taken finish.
    func cancel() {
        lock.lock()
        index = items.count
        lock.unlock()
    }
}

/// Collects results from several worker threads for one consumer, which sees each as it arrives.
final class WorkerResults<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [Value] = []
    private var workersLeft = 0

    func expectWorkers(_ n: Int) {
        condition.lock()
        workersLeft = n
        condition.unlock()
    }

    func send(_ value: Value) {
        condition.lock()
        pending.append(value)
        condition.signal()
        condition.unlock()
    }

    func workerDone() {
        condition.lock()
        workersLeft -= 1
        condition.signal()
        condition.unlock()
    }

    /// The next result; nil when every worker has finished and everything was taken.
    func next() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty && workersLeft > 0 { condition.wait() }
        return pending.isEmpty ? nil : pending.removeFirst()
    }
}
