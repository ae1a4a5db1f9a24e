import Foundation
import PaperKit

/// The import phase: the release `arxiv-bot ingest` reads the benchmark file into a fresh store
/// as a user would run it, measured from outside (`ChildRun`), then the store's bytes per paper
/// of each table and index. With `killAt`, the first run is SIGKILLed once it has read that
/// fraction of the input and the same command runs again, timed on its own.
struct ImportBench {
    var cli: String
    var config: String
    var input: String
    var format: BenchFormat
    var records: Int
    var work: String
    var killAt: Double?

    private var databasePath: String { work + "/import.db" }

    func run() throws {
        guard FileManager.default.isExecutableFile(atPath: cli) else {
            Figures.note("no arxiv-bot binary at \(cli); build it (swift build -c release --product arxiv-bot) or pass --cli PATH")
            exit(66)
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        let inputBytes = Figures.fileSize(input)
        var figures = Figures()
        figures.add("input", "\(Figures.grouped(records)) \(format == .kaggle ? "Kaggle JSON lines" : "OAI-PMH records"), "
                    + "\(Figures.size(inputBytes)), into a fresh store")
        // The child's descriptors name the file by its resolved absolute path.
        let resolved = URL(fileURLWithPath: input).resolvingSymlinksInPath().path
        let kill = killAt.map { ChildRun.KillPoint(input: resolved, offset: Int(Double(inputBytes) * $0)) }

        let first = try ingest(run: 1, killAt: kill)
        if let kill {
            let percent = String(format: "%.1f%%", Double(first.killedAtOffset ?? 0) / Double(max(inputBytes, 1)) * 100)
            if first.killedAtOffset != nil {
                figures.add("run 1: SIGKILL", "after \(Figures.duration(first.seconds)), at input offset "
                            + "\(Figures.grouped(first.killedAtOffset ?? 0)) of \(Figures.grouped(inputBytes)) (\(percent); "
                            + "asked for \(Figures.grouped(kill.offset)))")
            } else {
                figures.add("run 1: SIGKILL", "never sent: the run ended (\(first.ending)) before reading that far")
            }
            figures.add("run 1: papers committed when it stopped", papers().map(Figures.grouped) ?? "unknown (store unreadable)")
            // Lines are of similar length, so the offset stands for the records read so far.
            let read = first.killedAtOffset.map { Int(Double(records) * Double($0) / Double(max(inputBytes, 1))) }
            add(first, number: 1, label: "run 1", records: read, counted: "records read, from the offset", to: &figures)
            for row in ledger() { figures.add("run 1: ledger before run 2", row) }
            let second = try ingest(run: 2, killAt: nil)
            add(second, number: 2, label: "run 2 (same command again)", records: lastRunRecordsSeen(), counted: "records_seen in its ledger row", to: &figures)
        } else {
            add(first, number: 1, label: "import", records: records, counted: "records in the input", to: &figures)
        }
        for row in ledger() { figures.add("ledger at the end", row) }

        let stored = papers()
        let storeBytes = Figures.fileSize(databasePath) + Figures.fileSize(databasePath + "-wal")
        figures.add("papers in the store", stored.map { "\(Figures.grouped($0)) \($0 == records ? "= N, as expected" : "!= N (\(Figures.grouped(records)))")" } ?? "unknown")
        figures.add("store size (db + wal)", "\(Figures.size(storeBytes)), \(Figures.grouped(storeBytes / max(stored ?? records, 1))) bytes/paper")
        let sizes = try StoreSizes.measure(databasePath: databasePath)
        if let caveat = sizes.caveat { figures.add("store: note", caveat) }
        let perPaper = max(stored ?? records, 1)
        // The ledger, the schema and the tables an import leaves empty take a page or two each.
        let (large, small) = (sizes.parts.filter { $0.bytes >= perPaper }, sizes.parts.filter { $0.bytes < perPaper })
        for part in large {
            figures.add("store: \(part.label)", "\(Figures.grouped(part.bytes / perPaper)) bytes/paper (\(Figures.size(part.bytes)))")
        }
        if !small.isEmpty {
            figures.add("store: \(small.count) other tables and indexes, under 1 byte/paper each",
                        Figures.size(small.reduce(0) { $0 + $1.bytes }) + " together")
        }
        figures.print()
        if stored != records { exit(1) }
    }

    /// One run of `arxiv-bot ingest` on the input, its output in `import-runN.log`.
    private func ingest(run number: Int, killAt kill: ChildRun.KillPoint?) throws -> ChildRun {
        let arguments = ["ingest", "--config", config, "--db", databasePath, "--input", input]
        let log = work + "/import-run\(number).log"
        Figures.note("run \(number): \(cli) \(arguments.joined(separator: " ")) (output in \(log))")
        let result = try ChildRun.run(cli, arguments, log: log, watching: databasePath + "-wal", killAt: kill)
        Figures.note("run \(number): \(result.ending) after \(Figures.duration(result.seconds))")
        return result
    }

    private func add(_ run: ChildRun, number: Int, label: String, records: Int?, counted: String,
                     to figures: inout Figures) {
        figures.add("\(label): wall time", "\(Figures.duration(run.seconds)) (\(run.ending))")
        if let records { figures.add("\(label): records/s", Figures.rate(records, run.seconds) + " (\(Figures.grouped(records)) \(counted))") }
        figures.add("\(label): peak RSS of arxiv-bot (wait4 ru_maxrss)", String(format: "%.1f MB", Double(run.peakRSSKB) / 1024))
        figures.add("\(label): largest WAL (polled every 100 ms)", Figures.size(run.largestWatchedFile))
        let log = (try? String(contentsOfFile: work + "/import-run\(number).log", encoding: .utf8)) ?? ""
        let lastLine = log.split(separator: "\n").last.map(String.init) ?? "(no output)"
        figures.add("\(label): the CLI said", lastLine)
    }

    /// Committed papers, through a read-only connection of our own; nil when the store cannot be read.
    private func papers() -> Int? {
        guard let database = try? Database(path: databasePath, readOnly: true) else { return nil }
        return try? database.prepare("SELECT count(*) FROM papers").first { $0.int(0) }
    }

    /// `records_seen` of the newest ledger row, for the records/s of a resumed run.
    private func lastRunRecordsSeen() -> Int? {
        guard let database = try? Database(path: databasePath, readOnly: true) else { return nil }
        return try? database.prepare("SELECT records_seen FROM ingest_runs ORDER BY id DESC LIMIT 1").first { $0.int(0) }
    }

    /// Every ledger row, one line each, with all its non-null columns but the paths and times,
    /// so columns added later (a resume position) show up without a change here.
    private func ledger() -> [String] {
        guard let database = try? Database(path: databasePath, readOnly: true),
              let columns = try? columnNames(database) else { return ["(no ledger readable)"] }
        var rows: [String] = []
        let skipped: Set = ["source", "started_at", "finished_at"]
        try? database.prepare("SELECT * FROM ingest_runs ORDER BY id").forEach { row in
            let fields = columns.enumerated().compactMap { index, name -> String? in
                let column = Int32(index)
                return skipped.contains(name) || row.isNull(column) ? nil : "\(name)=\(row.text(column))"
            }
            rows.append(fields.joined(separator: " "))
        }
        return rows.isEmpty ? ["(no ledger rows)"] : rows
    }

    private func columnNames(_ database: Database) throws -> [String] {
        var names: [String] = []
        try database.prepare("SELECT name FROM pragma_table_info('ingest_runs') ORDER BY cid").forEach { names.append($0.text(0)) }
        return names
    }
}
