import Foundation

/// A throwaway certificate authority and a server certificate it signed for `localhost` and
/// 127.0.0.1, made with `openssl` in a temporary folder, for the STARTTLS and SMTPS tests.
/// `otherCA` is a second authority that signed nothing here: trusting it must fail verification.
public final class TestCertificates {
    public let folder: URL
    public var caCertificate: URL { folder.appendingPathComponent("ca.pem") }
    public var otherCACertificate: URL { folder.appendingPathComponent("other-ca.pem") }
    public var serverCertificate: URL { folder.appendingPathComponent("server.pem") }
    public var serverKey: URL { folder.appendingPathComponent("server.key") }

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("arxiv-bot-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("""
            subjectAltName=DNS:localhost,IP:127.0.0.1
            basicConstraints=CA:FALSE
            keyUsage=digitalSignature,keyEncipherment
            extendedKeyUsage=serverAuth

            """.utf8).write(to: folder.appendingPathComponent("server.ext"))
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try openssl(["req", "-x509"] + ec + ["-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=arxiv-bot test CA"])
        try openssl(["req", "-x509"] + ec + ["-keyout", "other-ca.key", "-out", "other-ca.pem", "-days", "2", "-subj", "/CN=another CA"])
        try openssl(["req"] + ec + ["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"])
        try openssl(["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                     "-out", "server.pem", "-days", "2", "-extfile", "server.ext"])
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func openssl(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestSupportError("openssl \(arguments.first ?? "") failed: \(String(decoding: errors, as: UTF8.self))")
        }
    }
}
