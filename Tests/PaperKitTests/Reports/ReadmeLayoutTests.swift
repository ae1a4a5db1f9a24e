import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// The readme template against the README the old bot really produced.
struct ReadmeLayoutTests {
    /// The seed file's emoji were written through a cp1254 mis-decoding; undo it for comparison.
    static func seedLines() throws -> [String] {
        let url = try Fixtures.file("seed-readme-2026-01-07.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A line's shape: paper data replaced by placeholders, so layouts compare line for line.
    static func shape(_ line: String) -> String {
        let prefixes = ["### ", "**Authors**: ", "**Category**: ", "**Published**: ", "**Score**: ", "**Type**: ",
                        "**ArXiv ID**: ", "- **Last Updated**: ", "- **Total Papers Found**: ", "- **Categories Monitored**: "]
        for p in prefixes where line.hasPrefix(p) {
            if p == "### " && !line.dropFirst(4).first!.isNumber { return line.filter(\.isASCII) }
            return p + "…" + (line.hasSuffix("  ") ? "  " : "")
        }
        return line.filter(\.isASCII)
    }

    /// The seed without its AI summary blocks (ours has no summaries yet) and without the abstracts' text.
    static func skeleton(_ lines: [String]) -> [String] {
        var out: [String] = []
        var inDetails = false, afterAbstract = false
        for line in lines {
            if line == "<details>" { inDetails = true; out.removeLast(); continue }
            if inDetails { if line == "</details>" { inDetails = false }; continue }
            if afterAbstract { out.append("<abstract>"); afterAbstract = false; continue }
            if line == "#### Abstract" { afterAbstract = true }
            out.append(shape(line))
        }
        return out
    }

    @Test func theReadmeHasTheSeedsLayoutLineForLine() throws {
        let fixture = try ReportFixture()
        let digest = try fixture.digest(ReportFixture.range("2026-07-27", "2026-07-27"), limit: 30)
        #expect(digest.entries.count == 26)
        let ours = try MarkdownReadmeRenderer().render(digest).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let seedPaperCount = try Self.seedLines().filter { $0.hasPrefix("### ") && $0.dropFirst(4).first!.isNumber }.count
        #expect(seedPaperCount == 30)
        // Drop the seed's last four papers so both list 26 (13 lines each, from "### 27." to before Configuration).
        var seed = Self.skeleton(try Self.seedLines())
        let cut = try #require(seed.indices.filter { seed[$0] == "### …" }.dropFirst(26).first, "the seed's 27th paper")
        let configuration = try #require(seed.firstIndex { $0.contains(" Configuration") })
        seed.removeSubrange(cut..<configuration)
        let mine = Self.skeleton(ours)
        #expect(mine.count == seed.count)
        for (index, (a, b)) in zip(mine, seed).enumerated() where a != b {
            Issue.record("line \(index + 1): ours \"\(a)\" vs seed \"\(b)\"")
            break
        }
        #expect(ours.last == "" && ours[ours.count - 2] == "*Generated automatically by arXiv Bot* ")
    }

    @Test func paperBlocksFollowTheOldBotsRules() throws {
        var paper = PaperResult(arxivID: "2601.03043", version: 1, title: "A [bracketed]\n  title", abstract: String(repeating: "x", count: 301),
                                authors: [], categories: ["cs.CL"], primaryCategory: "cs.CL", date: Day(iso: "2026-01-07"),
                                published: nil, updated: nil, announceType: .new, score: 12, excluded: false, keywordHits: [])
        var block = MarkdownReadmeRenderer().paperBlock(number: 1, entry: DigestEntry(paper: paper))
        #expect(block.hasPrefix("### 1. [A \\[bracketed\\] title](https://arxiv.org/abs/2601.03043)\n\n**Authors**: Unknown  \n"))
        #expect(block.contains("**Score**: 12.0  \n**Type**: new  \n**ArXiv ID**: 2601.03043v1  \n\n#### Abstract\n" + String(repeating: "x", count: 300) + "...\n\n---"))
        #expect(!block.contains("<details>"))
        paper.abstract = "short"
        block = MarkdownReadmeRenderer().paperBlock(number: 2, entry: DigestEntry(paper: paper, summary: PaperSummary(model: "qwen-long", text: "# Summary")))
        #expect(block.hasSuffix("#### Abstract\nshort\n\n<details>\n<summary><strong>🤖 AI Summary (by qwen-long)</strong> - Click to expand</summary>\n\n# Summary\n\n</details>\n\n---"))
    }
}
