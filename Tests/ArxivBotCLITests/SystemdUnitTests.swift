import Foundation
import Testing

/// `contrib/systemd`'s service and timer, checked by systemd itself. `systemd-analyze --user verify`
/// runs in a temporary HOME (so `%h` is that folder, never this machine's home) whose
/// `.local/bin/arxiv-bot` is the binary under test, with a temporary XDG_RUNTIME_DIR (a user
/// manager needs one, and root in a container has none).
struct SystemdUnitTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let units = root.appendingPathComponent("contrib/systemd")
    static let service = "arxiv-bot-ingest.service"
    static let timer = "arxiv-bot-ingest.timer"

    struct Run {
        var status: Int32
        var output: String
        var lines: [String] { output.split(separator: "\n").map(String.init) }
    }

    /// systemd-analyze, or nil with one recorded issue saying how to install it.
    static func systemdAnalyze() -> URL? {
        let found = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].first { FileManager.default.isExecutableFile(atPath: $0) }
        if found == nil { Issue.record("systemd-analyze is not installed; apt-get install systemd") }
        return found.map(URL.init(fileURLWithPath:))
    }

    /// Runs systemd-analyze with only `environment`; stdout and stderr together.
    static func analyze(_ tool: URL, _ arguments: [String], environment: [String: String]) throws -> Run {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin"].merging(environment) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
    }

    /// The values of `key=` in a unit file, commented-out lines left out.
    static func values(_ key: String, in unit: String) throws -> [String] {
        let text = try String(contentsOf: units.appendingPathComponent(unit), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
    }

    /// A temporary HOME with `.local/bin/arxiv-bot` (when `withBinary`), a runtime folder and a copy of the units.
    static func verify(withBinary: Bool) throws -> Run? {
        guard let tool = systemdAnalyze() else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arxiv-bot-systemd-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let home = folder.appendingPathComponent("home"), runtime = folder.appendingPathComponent("run")
        let copies = folder.appendingPathComponent("units")
        for made in [home.appendingPathComponent(".local/bin"), copies] {
            try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        }
        try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        if withBinary {
            try FileManager.default.createSymbolicLink(at: home.appendingPathComponent(".local/bin/arxiv-bot"),
                                                       withDestinationURL: CLIRunner.binary)
        }
        for unit in [service, timer] {
            try FileManager.default.copyItem(at: units.appendingPathComponent(unit), to: copies.appendingPathComponent(unit))
        }
        // --man=no: Documentation=man:arxiv-bot(1) resolves only once the man page is installed.
        return try analyze(tool, ["--user", "--man=no", "verify"] + [service, timer].map { copies.appendingPathComponent($0).path },
                           environment: ["HOME": home.path, "XDG_RUNTIME_DIR": runtime.path])
    }

    @Test func bothUnitsVerify() throws {
        guard let run = try Self.verify(withBinary: true) else { return }
        #expect(run.status == 0, "\(run.output)")
        let complaints = run.lines.filter { $0.contains(Self.service) || $0.contains(Self.timer) }
        #expect(complaints.isEmpty, "\(complaints)")
        #expect(run.output.isEmpty, "\(run.output)")
    }

    /// The check above is live: without the binary at %h/.local/bin, verify names the service.
    @Test func verifyFailsWhenTheBinaryIsNotInstalled() throws {
        guard let run = try Self.verify(withBinary: false) else { return }
        #expect(run.status != 0)
        #expect(run.lines.contains { $0.contains(Self.service) && $0.contains("/.local/bin/arxiv-bot") }, "\(run.output)")
    }

    @Test func theTimerStartsTheServiceSundayToThursdayAfterTheAnnouncement() throws {
        #expect(try Self.values("Unit", in: Self.timer) == [Self.service])
        #expect(try Self.values("Persistent", in: Self.timer) == ["true"])
        #expect(try Self.values("WantedBy", in: Self.timer) == ["timers.target"])
        let calendar = try #require(try Self.values("OnCalendar", in: Self.timer).first)
        guard let tool = Self.systemdAnalyze() else { return }
        let run = try Self.analyze(tool, ["calendar", "--iterations", "14", calendar], environment: ["TZ": "America/New_York"])
        #expect(run.status == 0, "\(run.output)")
        // "    Next elapse: Mon 2026-12-07 20:30:00 EST", "       Iter. #2: Tue 2026-12-08 20:30:00 EST"
        let elapses = run.lines.filter { $0.contains("Next elapse:") || $0.contains("Iter. #") }
            .map { $0.split(separator: ":", maxSplits: 1)[1].split(separator: " ").map(String.init) }
        #expect(elapses.count == 14, "\(run.output)")
        #expect(Set(elapses.map { $0[0] }) == ["Sun", "Mon", "Tue", "Wed", "Thu"], "\(run.output)")
        #expect(elapses.allSatisfy { $0[2] == "20:30:00" && ["EST", "EDT"].contains($0[3]) }, "\(run.output)")
    }

    /// Every flag the service passes (the commented-out alternative too) is one `ingest` accepts.
    @Test func theServiceRunsIngestWithFlagsItKnows() throws {
        #expect(try Self.values("Type", in: Self.service) == ["oneshot"])
        let exec = try #require(try Self.values("ExecStart", in: Self.service).first)
        #expect(exec == "%h/.local/bin/arxiv-bot ingest --config %h/.config/arxiv-bot/config.json")
        let text = try String(contentsOf: Self.units.appendingPathComponent(Self.service), encoding: .utf8)
        let commands = text.split(separator: "\n").filter { $0.hasPrefix("ExecStart=") || $0.hasPrefix("#ExecStart=") }
        #expect(commands.count == 2)
        let help = try CLIRunner().run("ingest", "--help").stdout
        for flag in commands.flatMap({ $0.split(separator: " ") }).filter({ $0.hasPrefix("--") }) {
            #expect(help.contains(flag + " ") || help.contains(flag + "\n"), "ingest --help lacks \(flag)")
        }
    }
}
