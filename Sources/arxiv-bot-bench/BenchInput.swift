import Foundation
import PaperKit

/// The synthetic input of a benchmark: N records with fresh IDs and real texts, written once and
/// kept under the work folder by a name that says its format and size.
enum BenchFormat: String, CaseIterable {
    /// An OAI-PMH `ListRecords` document (`BenchFeedWriter`), as the ingest phase always used.
    case oai
    /// A Kaggle `arxiv-metadata-oai-snapshot` JSON-lines file (`KaggleFeedWriter`).
    case kaggle

    /// The import of 2.7 million Kaggle lines needs the file (4.8 GB), the store and a WAL as
    /// large as the store while its one transaction runs.
    static let kaggleFreeSpace = 20 << 30

    func path(records: Int, work: String) -> String {
        switch self {
        case .oai: return work + "/bench-\(records).oai.xml"
        case .kaggle: return work + "/kaggle-arxiv-metadata-oai-snapshot-\(records).jsonl"
        }
    }

    /// Fixture folders whose records lend their texts. The OAI document keeps the texts its
    /// earlier figures were measured with.
    private var textFolders: [String] {
        switch self {
        case .oai: return ["oai/cs-2016-03-09-arXiv", "rss"]
        case .kaggle: return ["oai", "jsonl/daily-crawl"]
        }
    }

    /// The input's path, after writing it if no complete file of that name is there yet.
    func prepare(records: Int, fixtures: String, work: String) throws -> String {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        if self == .kaggle { try Self.requireFreeSpace(Self.kaggleFreeSpace, under: work) }
        let path = path(records: records, work: work)
        if FileManager.default.fileExists(atPath: path) { return path }
        var texts: [PaperRecord] = []
        for folder in textFolders {
            for source in FeedSource.expand([fixtures + "/" + folder]) {
                guard case let .file(file) = source else { continue }
                _ = try? FeedParser.parse(file: file) { texts.append($0) }
            }
        }
        guard !texts.isEmpty else {
            print("no fixture records found under \(fixtures); pass --fixtures PATH")
            exit(66)
        }
        // Written under another name and renamed when complete, so an interrupted run never
        // leaves a short file that the next run would take for the cached one.
        let partial = path + ".partial"
        let started = Date()
        switch self {
        case .oai: try BenchFeedWriter.write(records: records, from: texts, to: partial)
        case .kaggle: try KaggleFeedWriter.write(records: records, from: texts, to: partial)
        }
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let seconds = String(format: "%.0f", Date().timeIntervalSince(started))
        Figures.note("wrote \(path) (\(Figures.size(size)), texts of \(texts.count) fixture records) in \(seconds) s")
        return path
    }

    /// Stops with one line (exit 73) when the work folder's file system has less than `bytes` free.
    static func requireFreeSpace(_ bytes: Int, under folder: String) throws {
        var info = statvfs()
        guard statvfs(folder, &info) == 0 else { return }
        let free = Int(info.f_bavail) * Int(info.f_frsize)
        if free < bytes {
            Figures.note("only \(Figures.size(free)) free under \(folder); the Kaggle import needs \(Figures.size(bytes)) "
                + "(input file, store and WAL): free some space or pass --work on a larger disk")
            exit(73)
        }
    }
}
