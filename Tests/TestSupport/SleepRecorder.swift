import Foundation

/// Stands in for a real sleep in tests of backoff, `Retry-After` and rate limiting:
/// records each requested wait and returns at once.
///
/// ```swift
/// let recorder = SleepRecorder()
/// let client = HTTPClient(options: options, sleeper: recorder.sleep)
/// ...
/// #expect(recorder.sleeps == [2])
/// ```
public final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Double] = []

    public init() {}

    /// Every wait requested so far, in seconds, in order.
    public var sleeps: [Double] { lock.withLock { recorded } }

    /// Pass this where a `@Sendable (Double) -> Void` sleep function is expected.
    public var sleep: @Sendable (Double) -> Void {
        { [self] seconds in lock.withLock { recorded.append(seconds) } }
    }
}
