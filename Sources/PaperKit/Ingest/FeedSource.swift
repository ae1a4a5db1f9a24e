import Foundation

/// Where one batch of records comes from: a URL (http, https or file) or a local file.
public enum FeedSource: Sendable, Equatable, CustomStringConvertible {
    case url(String)
    case file(String)

    /// The text recorded in the ledger and printed in messages.
    public var description: String {
        switch self {
        case let .url(url): return url
        case let .file(path): return path
        }
    }

    /// The day's combined announcement feed for all categories, e.g.
    /// `https://rss.arxiv.org/rss/cs.AI+cs.CL+cs.DC+cs.LG`: each paper appears once, with its
    /// true announce type, so a cross-list is never lost between two per-category feeds.
    public static func dailyFeed(baseURL: String, categories: [String]) -> FeedSource {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return .url(base + categories.joined(separator: "+"))
    }

    /// Turns command-line inputs into sources: URLs stay URLs, a folder becomes its files
    /// (recursively, sorted, hidden files skipped), anything else is a file. A missing path is
    /// kept, so it fails as its own source and the others still run.
    public static func expand(_ inputs: [String]) -> [FeedSource] {
        inputs.flatMap { input -> [FeedSource] in
            if input.hasPrefix("http://") || input.hasPrefix("https://") { return [.url(input)] }
            let path = input.hasPrefix("file://") ? String(input.dropFirst("file://".count)) : input
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [.file(path)]
            }
            return filesBelow(path).map(FeedSource.file)
        }
    }

    private static func filesBelow(_ folder: String) -> [String] {
        let base = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var files: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            files.append(url.path)
        }
        return files.sorted()
    }
}
