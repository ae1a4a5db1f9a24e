import Foundation

/// Failures writing results.
public enum OutputError: ArxivBotError {
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .cannotWrite(path, reason):
            return "cannot write \(path): \(reason); check that the folder exists and is writable"
        }
    }

    public var exitCode: ExitStatus { .cannotCreate }
}

/// A buffered byte sink to standard output or to a file written atomically: the data goes to a
/// temporary file beside the target, renamed over it only by `commit()`, so an interrupted export
/// never leaves a half-written file behind.
public final class OutputFile {
    private let handle: FileHandle
    private let target: String?
    private let temporary: String?
    private var buffer: [UInt8] = []
    private var committed = false

    /// Standard output.
    public init() {
        handle = .standardOutput
        target = nil
        temporary = nil
    }

    /// A file at `path`, replaced atomically on `commit()`.
    public init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).partial").path
        guard FileManager.default.createFile(atPath: temp, contents: nil),
              let handle = FileHandle(forWritingAtPath: temp) else {
            throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        self.handle = handle
        target = path
        temporary = temp
    }

    deinit {
        // Not committed: an error or interruption; leave nothing behind.
        if !committed, let temporary {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }

    /// Appends `text`, writing to the file in 64 KB blocks.
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw OutputError.cannotWrite(path: target ?? "standard output", reason: "\(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, moves it into place.
    public func commit() throws {
        try flush()
        committed = true
        guard let target, let temporary else { return }
        try? handle.close()
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutputError.cannotWrite(path: target, reason: reason)
        }
    }
}
