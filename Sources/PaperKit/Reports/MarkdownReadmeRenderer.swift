/// The old bot's README, line for line (compare with `Tests/Fixtures/seed-readme-2026-01-07.md`):
/// title, statistics, numbered papers with the abstract cut at 300 characters and an optional
/// AI summary block, then the configuration, schedule and how-to sections it always carried.
///
/// Two deliberate differences: the output is proper UTF-8 (the seed's emoji were mis-decoded
/// into mojibake), and `<` in feed text becomes `&lt;` so a crafted title cannot inject HTML
/// into the rendered page (it still renders as `<`).
public struct MarkdownReadmeRenderer: ReportRenderer {
    public init() {}

    public func render(_ digest: Digest) throws -> String {
        let papers = digest.entries.enumerated().map { paperBlock(number: $0.offset + 1, entry: $0.element) }
        let body = papers.isEmpty ? "*\(digest.emptyMessage)*" : papers.joined(separator: "\n\n")
        return Self.header
            + "## 📊 Statistics\n\n"
            + "- **Last Updated**: \(ReportText.lastUpdated(digest.generatedAt))\n"
            + "- **Total Papers Found**: \(digest.entries.count)\n"
            + "- **Categories Monitored**: \(digest.monitoredCategories.joined(separator: ", "))\n\n"
            + "## 📚 Recent Papers\n\n"
            + body + "\n\n"
            + digest.watchSections.map(watchBlock).joined()
            + "## 🔧 Configuration\n\n"
            + "This bot is configured to look for papers containing the following keywords:\n"
            + "- \(digest.keywords.joined(separator: ", "))\n\n"
            + Self.footer
    }

    func paperBlock(number: Int, entry: DigestEntry) -> String {
        let p = entry.paper
        let title = Self.text(p.title.normalizingWhitespace())
            .replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
        var block = "### \(number). [\(title)](\(p.url))\n\n"
            + "**Authors**: \(p.authors.isEmpty ? "Unknown" : Self.text(p.authors.joined(separator: ", ")))  \n"
            + "**Category**: \(p.primaryCategory ?? p.categories.first ?? "")  \n"
            + "**Published**: \(p.date?.description ?? "")  \n"
            + "**Score**: \(ReportText.score(p.score))  \n"
            + "**Type**: \(p.announceType?.rawValue ?? "new")  \n"
            + "**ArXiv ID**: \(p.versionedID)  \n\n"
            + "#### Abstract\n"
            + Self.text(ReportText.cutAbstract(p.abstract))
        if let summary = entry.summary {
            block += "\n\n<details>\n<summary><strong>🤖 AI Summary (by \(Self.text(summary.model)))</strong> - Click to expand</summary>\n\n"
                + summary.text + "\n\n</details>"
        }
        return block + "\n\n---"
    }

    /// A watch's section: its title, what it selects, and its papers numbered from 1.
    func watchBlock(_ section: WatchSection) -> String {
        let papers = section.entries.enumerated().map { paperBlock(number: $0.offset + 1, entry: $0.element) }
        return "## 👀 \(Self.text(section.title))\n\n*\(Self.text(section.description))*\n\n"
            + (papers.isEmpty ? "*No papers for this watch.*" : papers.joined(separator: "\n\n")) + "\n\n"
    }

    /// Feed text for Markdown: no live HTML tags.
    static func text(_ s: String) -> String { XMLEscaping.stripIllegal(s).replacingOccurrences(of: "<", with: "&lt;") }

    static let header = """
        # arXiv Papers Bot 🤖

        This repository automatically fetches and displays relevant papers from arXiv based on configured criteria.

        ## RSS Vercel Deployment [![An example of deployed RSS Server using vercel](https://img.shields.io/badge/Deployed-Example-blue)](https://arxiv.tachicoma.top/)

        You can click this to deploy yours \n
        [![Deploy with Vercel](https://vercel.com/button)](https://vercel.com/new/clone?repository-url=https://github.com/maydomine/arxiv_rss_bot)

        """

    static let footer = """
        ## 📅 Schedule

        The bot runs daily at 12:00 UTC via GitHub Actions to fetch the latest papers.

        ## 🚀 How to Use

        1. **Fork this repository** to your GitHub account
        2. **Customize the configuration** by editing `config.json`:
           - Add/remove arXiv categories (e.g., `cs.AI`, `cs.LG`, `cs.CL`)
           - Modify keywords to match your research interests
           - Adjust `max_papers` and `days_back` settings
        3. **Enable GitHub Actions** in your repository settings
        4. **The bot will automatically run daily** and update the README.md

        ## 📝 Customization

        ### arXiv Categories
        Common categories include:
        - `cs.AI` - Artificial Intelligence
        - `cs.LG` - Machine Learning
        - `cs.CL` - Computation and Language
        - `cs.CV` - Computer Vision
        - `cs.NE` - Neural and Evolutionary Computing
        - `stat.ML` - Machine Learning (Statistics)

        ### Keywords
        Add keywords that match your research interests. The bot will search for these terms in paper titles and abstracts.

        ### Exclude Keywords
        Add terms to exclude certain types of papers (e.g., "survey", "review", "tutorial").

        ## 🔍 Manual Trigger

        You can manually trigger the bot by:
        1. Going to the "Actions" tab in your repository
        2. Selecting "arXiv Bot Daily Update"
        3. Clicking "Run workflow"

        ---
        *Generated automatically by arXiv Bot* \n
        """
}
