import Foundation
import Testing
@testable import PaperKit
import TestSupport

struct HTTPClientFileTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("http-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    var fileOptions: HTTPOptions {
        var options = quick
        options.allowFileURLs = true
        return options
    }

    @Test func fileURLIsReadWhenAllowed() throws {
        let file = directory.appendingPathComponent("feed.xml")
        try Data("<feed/>".utf8).write(to: file)
        let response = try HTTPClient(options: fileOptions).get(file)
        #expect(response.status == 200)
        #expect(response.text == "<feed/>")
    }

    @Test func missingFileIsNoInput() throws {
        let file = directory.appendingPathComponent("absent.xml")
        let recorder = SleepRecorder()
        #expect(throws: HTTPError.fileNotFound(path: file.path)) {
            try HTTPClient(options: fileOptions, sleeper: recorder.sleep).get(file)
        }
        #expect(HTTPError.fileNotFound(path: file.path).exitCode == .noInput)
        #expect(recorder.sleeps.isEmpty)
    }

    @Test func fileURLIsRefusedByDefault() throws {
        let file = directory.appendingPathComponent("feed.xml")
        try Data("<feed/>".utf8).write(to: file)
        #expect(throws: HTTPError.schemeNotAllowed(url: file.absoluteString)) {
            try HTTPClient(options: quick).get(file)
        }
    }

    @Test func redirectToFileIsRefusedEvenWhenFilesAreAllowed() throws {
        let secret = directory.appendingPathComponent("secret.txt")
        try Data("secret".utf8).write(to: secret)
        let server = try LocalHTTPServer(responses: [.redirect(to: secret.absoluteString)])
        var options = fileOptions
        options.maxRetries = 0
        let error = try #require(throws: HTTPError.self) { try HTTPClient(options: options).get(server.url("/go")) }
        guard case let .transport(_, code, message) = error else {
            Issue.record("expected a transport error, got \(error)")
            return
        }
        #expect(code == 1)  // CURLE_UNSUPPORTED_PROTOCOL
        #expect(message.lowercased().contains("file"))
        #expect(error.exitCode == .unavailable)
    }
}
