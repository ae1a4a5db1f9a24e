import Foundation

/// What makes a file the same file for resuming: its size, its modification time and a hash of
/// its first MiB. A download that finished since (larger), a new snapshot written over the old one
/// (newer, different head) or an edited file does not match, so it is read from the start.
public struct FileIdentity: Sendable, Equatable {
    public var size: Int64
    /// Nanoseconds since 1970.
    public var modified: Int64
    /// FNV-1a 64 of the first MiB, 16 hex digits: cheap, and enough to tell two files apart.
    public var headHash: String

    public init(size: Int64, modified: Int64, headHash: String) {
        (self.size, self.modified, self.headHash) = (size, modified, headHash)
    }

    /// The identity of the file at `path` now, or nil when it cannot be read.
    public static func of(path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0, let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        let count = fread(&buffer, 1, buffer.count, file)
        guard ferror(file) == 0 else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer[..<count] {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return FileIdentity(size: Int64(info.st_size), modified: modified,
                            headHash: String(hash, radix: 16).leftPadded(to: 16))
    }

    /// How `other` differs from this identity, in words for the note that the file is read anew.
    public func difference(from other: FileIdentity) -> String {
        if size != other.size { return "its size changed from \(other.size) to \(size) bytes" }
        if headHash != other.headHash { return "its first MiB changed" }
        return "it was modified since"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
