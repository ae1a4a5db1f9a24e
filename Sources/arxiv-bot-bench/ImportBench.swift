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
    private var inputBytes: Int { Figures.fileSize(input) }

    func run() throws {
        guard FileManager.default.isExecutableFile(atPath: cli) else {
            Figures.note("no arxiv-bot binary at \(cli); build it (swift build -c release --product arxiv-bot) "
                         + "or pass --cli PATH")
            exit(66)
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        // A second run's log from an earlier --kill-at run would otherwise pass for this one's.
        for number in 1...2 { try? FileManager.default.removeItem(atPath: log(number)) }
        var figures = Figures()
        let kind = format == .kaggle ? "Kaggle JSON lines" : "OAI-PMH records"
        figures.add("input", "\(Figures.grouped(records)) \(kind), \(Figures.size(inputBytes)), into a fresh store")
        if let killAt {
            try killAndResume(at: killAt, into: &figures)
        } else {
            let run = try ingest(run: 1)
            add(run, label: "import", records: records, counted: "records in the input", to: &figures)
            if let read = run.inputLastOpen {
                // The parser closes the file at its end; what follows is the writer's queue, the
                // commit, and the checkpoint of the WAL into the database as the CLI closes it.
                figures.add("import: after the input was read (queue, commit, checkpoint, close)",
                            "\(Figures.duration(run.seconds - read)) (input last seen open at \(Figures.duration(read)))")
            }
        }
        for row in StoreProbe(path: databasePath).ledger() { figures.add("ledger at the end", row) }
        let stored = StoreProbe(path: databasePath).papers()
        let verdict = stored == records ? "= N, as expected" : "!= N (\(Figures.grouped(records)))"
        figures.add("papers in the store", stored.map { "\(Figures.grouped($0)) \(verdict)" } ?? "unknown")
        try addSizes(papers: max(stored ?? records, 1), to: &figures)
        figures.print()
        if stored != records { exit(1) }
    }

    /// Run 1 until SIGKILL at `fraction` of the input, what it left, then run 2 to the end.
    private func killAndResume(at fraction: Double, into figures: inout Figures) throws {
        let limit = Int(Double(inputBytes) * fraction)
        let first = try ingest(run: 1, killAt: limit)
        var read: Int?
        if let offset = first.killedAtOffset {
            let share = Double(offset) / Double(max(inputBytes, 1))
            figures.add("run 1: SIGKILL", "after \(Figures.duration(first.seconds)), at input offset \(Figures.grouped(offset)) "
                        + "of \(Figures.grouped(inputBytes)) (\(String(format: "%.1f%%", share * 100)); "
                        + "asked for \(Figures.grouped(limit)))")
            // Lines are of similar length, so the offset stands for the records read so far.
            read = Int(Double(records) * share)
        } else {
            figures.add("run 1: SIGKILL", "never sent: the run ended (\(first.ending)) before reading that far")
        }
        let probe = StoreProbe(path: databasePath)
        figures.add("run 1: papers committed when it stopped",
                    probe.papers().map(Figures.grouped) ?? "unknown (store unreadable)")
        add(first, label: "run 1", records: read, counted: "records read, from the offset", to: &figures)
        for row in probe.ledger() { figures.add("run 1: ledger before run 2", row) }
        let second = try ingest(run: 2)
        add(second, label: "run 2 (same command again)", records: probe.lastRecordsSeen(),
            counted: "records_seen in its ledger row", to: &figures)
    }

    private func log(_ run: Int) -> String { work + "/import-run\(run).log" }

    /// One run of `arxiv-bot ingest` on the input, its output in `import-runN.log`.
    private func ingest(run number: Int, killAt limit: Int? = nil) throws -> ChildRun {
        let arguments = ["ingest", "--config", config, "--db", databasePath, "--input", input]
        Figures.note("run \(number): \(cli) \(arguments.joined(separator: " ")) (output in \(log(number)))")
        // The child's descriptors name the file by its resolved absolute path.
        let watched = ChildRun.Input(path: URL(fileURLWithPath: input).resolvingSymlinksInPath().path, killAt: limit)
        var result = try ChildRun.run(cli, arguments, log: log(number), watching: databasePath + "-wal", input: watched)
        Figures.note("run \(number): \(result.ending) after \(Figures.duration(result.seconds))")
        let output = (try? String(contentsOfFile: log(number), encoding: .utf8)) ?? ""
        result.lastLine = output.split(separator: "\n").last.map(String.init) ?? "(no output)"
        return result
    }

    private func add(_ run: ChildRun, label: String, records: Int?, counted: String, to figures: inout Figures) {
        figures.add("\(label): wall time", "\(Figures.duration(run.seconds)) (\(run.ending))")
        if let records {
            figures.add("\(label): records/s", Figures.rate(records, run.seconds) + " (\(Figures.grouped(records)) \(counted))")
        }
        figures.add("\(label): peak RSS of arxiv-bot (wait4 ru_maxrss)", String(format: "%.1f MB", Double(run.peakRSSKB) / 1024))
        figures.add("\(label): largest WAL (polled every 100 ms)", Figures.size(run.largestWatchedFile))
        figures.add("\(label): the CLI said", run.lastLine)
    }

    private func addSizes(papers: Int, to figures: inout Figures) throws {
        let storeBytes = StoreProbe(path: databasePath).fileBytes
        figures.add("store size (db + wal)", "\(Figures.size(storeBytes)), \(Figures.grouped(storeBytes / papers)) bytes/paper")
        let sizes = try StoreSizes.measure(databasePath: databasePath)
        if let caveat = sizes.caveat { figures.add("store: note", caveat) }
        // The ledger, the schema and the tables an import leaves empty take a page or two each.
        let small = sizes.parts.filter { $0.bytes < papers }
        for part in sizes.parts where part.bytes >= papers {
            let perPaper = Figures.grouped(part.bytes / papers)
            figures.add("store: \(part.label)", "\(perPaper) bytes/paper (\(Figures.size(part.bytes)))")
        }
        if !small.isEmpty {
            figures.add("store: \(small.count) other tables and indexes, under 1 byte/paper each",
                        Figures.size(small.reduce(0) { $0 + $1.bytes }) + " together")
        }
    }
}
