import Foundation

/// A real SMTP server on 127.0.0.1, a child process started by the test (`script`, on Python's
/// aiosmtpd), stopped when this object goes away. Tests check what it received: the messages in
/// its Maildir and the events (AUTH, DATA, each with whether TLS was in place).
public final class LocalSMTPServer {
    public enum Mode: String, Sendable { case plain, starttls, smtps, drop }

    /// What the tests need of the environment: python3 with aiosmtpd (scripts/install-deps installs it).
    public static let isAvailable: Bool = (try? Python.run(["-c", "import aiosmtpd"]).status) == 0

    /// Says why a test cannot run; under CI (`CI` set) that is a failure, elsewhere a printed note.
    public static let unavailableNote = "aiosmtpd is not installed (python3 -m pip install aiosmtpd); the SMTP test did NOT run"

    public let mode: Mode
    public let port: Int
    /// Holds `maildir/`, `raw/` and `events.jsonl`.
    public let folder: URL
    private let process: Process

    /// Starts the server. `certificates` is needed for starttls and smtps; `login` makes AUTH
    /// required with that user name and password; `rejecting` are recipients refused with 550.
    public init(_ mode: Mode, certificates: TestCertificates? = nil, login: (String, String)? = nil,
                rejecting: [String] = []) throws {
        self.mode = mode
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("arxiv-bot-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var options: [String: Any] = ["reject": rejecting]
        if let certificates { options["cert"] = certificates.serverCertificate.path; options["key"] = certificates.serverKey.path }
        if let login { options["login"] = [login.0, login.1] }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: options), as: UTF8.self)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, mode.rawValue, folder.path, json]
        // The server's log goes to a file: a pipe nobody reads would fill up and stall the server.
        let logFile = folder.appendingPathComponent("server.log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: logFile)
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            kill(process.processIdentifier, SIGKILL)
            let detail = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
            throw TestSupportError("the SMTP test server did not start: \(detail)")
        }
        self.port = port
    }

    deinit {
        // SIGKILL, not terminate(): the child inherits the test thread's signal mask, in which
        // SIGTERM is blocked, so a SIGTERM would leave it running and waitUntilExit waiting forever.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// `smtp://127.0.0.1:PORT` or `smtps://...` (TLS modes name `localhost`, which the certificate covers).
    public var url: String {
        switch mode {
        case .plain, .drop: return "smtp://127.0.0.1:\(port)"
        case .starttls: return "smtp://localhost:\(port)"
        case .smtps: return "smtps://localhost:\(port)"
        }
    }

    /// The messages received so far, oldest first, byte for byte as they arrived (the Maildir copy
    /// is re-serialized by Python, which may refold headers).
    public func messageFiles() throws -> [URL] {
        let new = folder.appendingPathComponent("raw")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: new.path)) ?? []
        return names.sorted().map { new.appendingPathComponent($0) }
    }

    /// The events so far: `{"event": "auth" | "data" | "dropped", "tls": Bool, ...}`.
    public func events() throws -> [[String: Any]] {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("events.jsonl"), encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }
}

/// A failure of a test helper, with what went wrong.
public struct TestSupportError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Runs python3 from PATH (the pyenv one when there is one: see SWIFT-NOTES).
public enum Python {
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }
}
