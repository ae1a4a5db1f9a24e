import Foundation

/// The digest as one JSON document: the range, the selection rule, the statistics, and the
/// selected papers with exactly the fields of `query --format json` (plus `summary` when one exists).
public struct JSONReportRenderer: ReportRenderer {
    public init() {}

    struct Counted: Encodable { var name: String; var count: Int }
    struct DayJSON: Encodable {
        var day: String; var status: String; var holiday: String?; var announcements: Int; var papers: Int
    }
    struct Range: Encodable { var from: String; var to: String; var iso_week: String?; var days: Int }
    struct Selection: Encodable {
        var categories: [String]; var types: [String]; var min_score: Double; var limit: Int
        var require_keyword_hit: Bool; var include_excluded: Bool
    }
    struct Statistics: Encodable {
        var papers_in_range: Int; var per_category: [Counted]; var per_type: [Counted]; var passed_filter: Int
        var top_keywords: [Counted]; var top_authors: [Counted]; var days: [DayJSON]; var missing_days: [String]
    }
    struct Summary: Encodable { var model: String; var text: String }
    struct Paper: Encodable {
        var paper: PaperExport.JSON
        var summary: Summary?
        enum Keys: String, CodingKey { case summary }
        func encode(to encoder: Encoder) throws {
            try paper.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeIfPresent(summary, forKey: .summary)
        }
    }
    struct Watch: Encodable { var name: String; var query: String; var paper_count: Int; var papers: [Paper] }
    struct Recommended: Encodable {
        struct Item: Encodable {
            var paper: PaperExport.JSON; var recommendation_score: Double; var reasons: [String]
            enum Keys: String, CodingKey { case recommendation_score, reasons }
            func encode(to encoder: Encoder) throws {
                try paper.encode(to: encoder)
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(recommendation_score, forKey: .recommendation_score)
                try container.encode(reasons, forKey: .reasons)
            }
        }
        var tags: [String]; var note: String; var papers: [Item]
    }
    struct Document: Encodable {
        var generated_at: String; var range: Range; var selection: Selection; var statistics: Statistics
        var paper_count: Int; var papers: [Paper]
        /// Only when watches are configured, so a report without them is what it always was.
        var watches: [Watch]?
        /// Only with `--recommend TAG`.
        var recommended: Recommended?
    }

    static func paper(_ entry: DigestEntry) -> Paper {
        Paper(paper: PaperExport.JSON(entry.paper), summary: entry.summary.map { Summary(model: $0.model, text: $0.text) })
    }

    public func render(_ digest: Digest) throws -> String {
        let s = digest.statistics, sel = digest.selection
        let counted = { (items: [CountedName]) in items.map { Counted(name: $0.name, count: $0.count) } }
        let days = s.days.map { d -> DayJSON in
            var holiday: String?
            if case let .closed(.holiday(name)) = d.kind { holiday = name }
            return DayJSON(day: d.day.description, status: d.kindName, holiday: holiday, announcements: d.announcements, papers: d.papers)
        }
        let document = Document(
            generated_at: ReportText.rfc3339(digest.generatedAt),
            range: Range(from: digest.range.from.description, to: digest.range.to.description,
                         iso_week: digest.range.isoWeek, days: digest.range.days.count),
            selection: Selection(categories: sel.categories, types: sel.types.map(\.rawValue), min_score: sel.minScore,
                                 limit: sel.limit, require_keyword_hit: sel.requireKeywordHit, include_excluded: sel.includeExcluded),
            statistics: Statistics(papers_in_range: s.papersInRange, per_category: counted(s.perCategory),
                                   per_type: counted(s.perType), passed_filter: s.passedFilter,
                                   top_keywords: counted(s.topKeywords), top_authors: counted(s.topAuthors),
                                   days: days, missing_days: s.missingDays.map(\.description)),
            paper_count: digest.entries.count,
            papers: digest.entries.map(Self.paper),
            watches: digest.watchSections.isEmpty ? nil : digest.watchSections.map { section in
                Watch(name: section.watch.name, query: section.watch.searchText, paper_count: section.entries.count,
                      papers: section.entries.map(Self.paper))
            },
            recommended: digest.recommended.map { section in
                Recommended(tags: section.tags, note: section.note, papers: section.entries.map {
                    .init(paper: PaperExport.JSON($0.paper), recommendation_score: $0.score, reasons: $0.reasons.map(\.term))
                })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
