import ArgumentParser
import PaperKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export scored papers as CSV (RFC 4180), JSON lines, BibTeX, RIS or CSL JSON, by date then score, streamed."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, jsonl, bibtex, ris, csljson }

    @OptionGroup var common: CommonOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "First date (YYYY-MM-DD), inclusive.") var from: String?
    @Option(help: "Last date (YYYY-MM-DD), inclusive.") var to: String?
    @Option(help: "csv, jsonl, bibtex, ris or csljson.") var format: Format = .csv
    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.") var output: String?
    @Option(help: "Only what this watch of config.json selects, within the other filters.") var watch: String?
    @Flag(name: .customLong("excel-safe"), help: "Prefix cells starting with = + - @ with ' so spreadsheets show them as text.")
    var excelSafe = false

    func validate() throws { _ = try filters.filter(from: from, to: to) }

    func run() throws {
        let filter = try filters.filter(from: from, to: to)
        let workspace = try common.openExistingWorkspace()
        let rows = try Console.run {
            try workspace.store.requireTags(filter.tags)
            let sink = try output.map(OutputFile.init(path:)) ?? OutputFile()
            let exporter = CitationFormat(rawValue: format.rawValue).map(PaperExporter.init(citations:))
                ?? PaperExporter(format: format == .csv ? .csv(CSVWriter(excelSafe: excelSafe)) : .jsonLines)
            let rows = try watch.map { name in
                let selection = try workspace.configuration.watches.named(name).request(within: filter)
                return try exporter.export(from: workspace.store, selectedBy: selection, to: sink)
            } ?? exporter.export(from: workspace.store, matching: filter, to: sink)
            try sink.commit()
            return rows
        }
        if let output { Console.note("exported \(rows) papers to \(output)") }
    }
}
