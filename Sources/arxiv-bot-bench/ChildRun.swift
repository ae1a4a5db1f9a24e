import Foundation

/// One run of a command in a child process, measured from outside as a user's shell would see it:
/// wall time, the child's own peak RSS (from `wait4`), and the largest size a file reached while
/// it ran (the store's `-wal`, polled every 100 ms on a second thread). It also follows the
/// child's offset in its input file, to tell when reading ended, and can SIGKILL it part way.
struct ChildRun {
    /// The file the child reads, followed through the child's own descriptors in `/proc`.
    struct Input {
        /// Absolute and resolved, as `/proc/PID/fd` names it.
        var path: String
        /// SIGKILL the child once its offset in the file reaches this many bytes.
        var killAt: Int?
    }

    var seconds = 0.0
    /// `exit 0`, `exit 65`, or `killed by signal 9`.
    var ending = ""
    var exitCode: Int32?
    var peakRSSKB = 0
    var largestWatchedFile = 0
    /// The child's offset in the input when it was killed, if it was.
    var killedAtOffset: Int?
    /// Seconds from the start to the last time the child was seen with the input open: when it
    /// had read it all, for a run that was not killed (within 100 ms).
    var inputLastOpen: Double?
    /// The last line the child wrote, for the caller to fill in from the log.
    var lastLine = ""

    /// Runs `executable` with `arguments`, its stdout and stderr going to `log`.
    static func run(_ executable: String, _ arguments: [String], log: String, watching watched: String,
                    input: Input? = nil) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        let clock = ContinuousClock()
        let started = clock.now
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard rc == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable,
                                                         NSLocalizedDescriptionKey: String(cString: strerror(rc))])
        }
        let watcher = Watcher(pid: pid, watched: watched, input: input, started: started)
        let thread = Thread { watcher.loop() }
        thread.start()

        // Wait without reaping first: until the watcher has stopped, the PID must stay this
        // child's (a zombie's PID is never reused), or a late SIGKILL could hit another process.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
        var result = ChildRun()
        result.seconds = seconds(clock.now - started)
        watcher.stopAndWait()

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        result.peakRSSKB = usage.ru_maxrss   // kilobytes on Linux
        if status & 0x7f == 0 {
            result.exitCode = (status >> 8) & 0xff
            result.ending = "exit \(result.exitCode!)"
        } else {
            result.ending = "killed by signal \(status & 0x7f)"
        }
        (result.largestWatchedFile, result.killedAtOffset) = (watcher.largest, watcher.killedAt)
        result.inputLastOpen = watcher.inputLastOpen.map { seconds($0 - started) }
        return result
    }

    fileprivate static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The second thread of a `ChildRun`: polls the watched file's size and the child's progress.
private final class Watcher: @unchecked Sendable {
    private let pid: pid_t
    private let watched: String
    private let input: ChildRun.Input?
    private let started: ContinuousClock.Instant
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var stopped = false
    private var largestSize = 0
    private var killedOffset: Int?
    private var lastOpen: ContinuousClock.Instant?

    init(pid: pid_t, watched: String, input: ChildRun.Input?, started: ContinuousClock.Instant) {
        self.pid = pid
        self.watched = watched
        self.input = input
        self.started = started
    }

    var largest: Int { lock.withLock { largestSize } }
    var killedAt: Int? { lock.withLock { killedOffset } }
    var inputLastOpen: ContinuousClock.Instant? { lock.withLock { lastOpen } }

    func stopAndWait() {
        lock.withLock { stopped = true }
        done.wait()
    }

    func loop() {
        defer { done.signal() }
        while true {
            var info = stat()
            let size = stat(watched, &info) == 0 ? Int(info.st_size) : 0
            let offset = input.flatMap { ProcessFiles.offset(of: pid, in: $0.path) }
            let now = ContinuousClock.now
            let stop: Bool = lock.withLock {
                largestSize = max(largestSize, size)
                if let offset, killedOffset == nil {
                    lastOpen = now
                    if let limit = input?.killAt, offset >= limit, !stopped {
                        kill(pid, SIGKILL)
                        killedOffset = offset
                    }
                }
                return stopped
            }
            if stop { return }
            usleep(100_000)
        }
    }
}

/// What a running process has open, read from `/proc` (Linux).
enum ProcessFiles {
    /// The furthest offset of any descriptor `pid` holds on `path` (an absolute, resolved path);
    /// nil when it holds none.
    static func offset(of pid: pid_t, in path: String) -> Int? {
        let folder = "/proc/\(pid)/fd"
        guard let descriptors = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        var furthest: Int?
        for fd in descriptors where (try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + fd)) == path {
            guard let info = try? String(contentsOfFile: "/proc/\(pid)/fdinfo/\(fd)", encoding: .utf8),
                  let line = info.split(separator: "\n").first(where: { $0.hasPrefix("pos:") }),
                  let position = Int(line.dropFirst(4).trimmingCharacters(in: .whitespaces)) else { continue }
            furthest = max(furthest ?? 0, position)
        }
        return furthest
    }
}
