import Foundation

/// The text of a paper's PDF: downloaded through the polite arXiv client (one request at a
/// time, rate-limited) and extracted with `pdftotext` from poppler-utils.
public final class FullTextSource: @unchecked Sendable {
    private let http: HTTPClient
    private let pdfBaseURL: String
    private let maxCharacters: Int
    /// The `pdftotext` executable, or nil when it is not installed.
    public let pdftotext: String?

    public init(http: HTTPClient, pdfBaseURL: String = "https://arxiv.org/pdf/", maxCharacters: Int,
                pdftotext: String? = FullTextSource.findExecutable("pdftotext")) {
        self.http = http
        self.pdfBaseURL = pdfBaseURL.hasSuffix("/") ? pdfBaseURL : pdfBaseURL + "/"
        self.maxCharacters = maxCharacters
        self.pdftotext = pdftotext
    }

    /// The paper's text cut to `maxCharacters`, or nil when pdftotext is missing.
    public func text(of paper: PaperResult) throws -> String? {
        guard let pdftotext, let url = URL(string: pdfBaseURL + paper.versionedID) else { return nil }
        let response = try http.get(url).checked()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arxiv-bot-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("paper.pdf")
        try response.body.write(to: pdf)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = ["-enc", "UTF-8", pdf.path, "-"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SummaryError.badResponse(reason: "pdftotext could not read the PDF of \(paper.versionedID)")
        }
        let text = String(decoding: data, as: UTF8.self)
        return text.count > maxCharacters ? String(text.prefix(maxCharacters)) : text
    }

    /// The first executable named `name` on PATH.
    public static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
