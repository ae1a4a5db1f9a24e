import Foundation
import PaperKit

/// Writes an OAI-PMH `ListRecords` document (metadataPrefix `arXiv`) of `records` distinct
/// papers, cycling through real texts and giving every copy a fresh new-style ID.
enum BenchFeedWriter {
    static func write(records count: Int, from texts: [PaperRecord], to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? out.close() }
        var buffer = """
            <?xml version="1.0" encoding="UTF-8"?>
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
            <responseDate>2026-11-30T00:00:00Z</responseDate>
            <request verb="ListRecords" metadataPrefix="arXiv">http://export.arxiv.org/oai2</request>
            <ListRecords>

            """
        for n in 0..<count {
            let r = texts[n % texts.count]
            // 90 months of 99,999 IDs each: 2001.00001 ...
            let id = String(format: "%02d%02d.%05d", 20 + n / 1_199_988, 1 + (n / 99_999) % 12, 1 + n % 99_999)
            buffer += "<record><header><identifier>oai:arXiv.org:\(id)</identifier><datestamp>2026-01-01</datestamp>"
            buffer += "<setSpec>cs</setSpec></header><metadata><arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\">"
            buffer += "<id>\(id)</id><created>\(r.published?.description ?? "2026-01-01")</created><authors>"
            for author in r.authors {
                let parts = author.name.split(separator: " ")
                buffer += "<author><keyname>\(escape(String(parts.last ?? "")))</keyname>"
                buffer += "<forenames>\(escape(parts.dropLast().joined(separator: " ")))</forenames></author>"
            }
            buffer += "</authors><title>\(escape(r.title))</title>"
            buffer += "<categories>\(escape(r.categories.joined(separator: " ")))</categories>"
            if let comments = r.comments { buffer += "<comments>\(escape(comments))</comments>" }
            buffer += "<abstract>\(escape(r.abstract))</abstract></arXiv></metadata></record>\n"
            if buffer.utf8.count > 1 << 20 {
                out.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        buffer += "</ListRecords></OAI-PMH>\n"
        out.write(Data(buffer.utf8))
    }

    private static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
