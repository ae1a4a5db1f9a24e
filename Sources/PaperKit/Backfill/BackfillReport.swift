import Foundation

/// How far a backfill has come, for a progress line.
public struct BackfillProgress: Sendable, Equatable {
    public var via: BackfillRequest.Via
    /// `31 days, cs (1 set)`.
    public var scope: String
    /// Pages committed for the job so far (earlier runs included).
    public var page: Int
    /// The job's page count, when the server's totals allow an estimate.
    public var pagesTotal: Int?
    /// Records kept for the job so far.
    public var records: Int
    /// Seconds since this run started.
    public var elapsed: Double

    public init(via: BackfillRequest.Via, scope: String, page: Int, pagesTotal: Int?, records: Int, elapsed: Double) {
        self.via = via
        self.scope = scope
        self.page = page
        self.pagesTotal = pagesTotal
        self.records = records
        self.elapsed = elapsed
    }

    /// `backfill via OAI-PMH: 31 days, cs (1 set) ... page 14/?  13,000 records  [02:41]`
    public var line: String {
        "backfill via \(via.label): \(scope) ... page \(page)/\(pagesTotal.map(String.init) ?? "?")  "
            + "\(records.grouped) records  [\(BackfillProgress.clock(elapsed))]"
    }

    /// `02:41`, or `1:02:41` past an hour.
    static func clock(_ seconds: Double) -> String {
        let s = max(0, Int(seconds))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(two(s / 60)):\(two(s % 60))"
    }
}

/// The outcome of one backfill run.
public struct BackfillReport: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The last page was committed in this run.
        case finished
        /// The job had finished before; nothing was fetched.
        case alreadyFinished
        /// Stopped between pages on request (Ctrl-C); the same command resumes.
        case interrupted
        /// A page failed after the retries; the pages before it are kept and the same command resumes.
        case failed
    }

    public var request: BackfillRequest
    public var outcome: Outcome = .finished
    /// The job's progress after this run.
    public var state: BackfillState
    /// Whether this run continued saved progress.
    public var resumed = false
    /// Counts of this run only.
    public var pages = 0
    /// Papers stored: records listed in one of the request's categories.
    public var records = 0
    /// Records outside the request's categories, not stored.
    public var skipped = 0
    public var papersNew = 0
    public var papersUpdated = 0
    /// What stopped a `failed` run; nil otherwise.
    public var error: (any ArxivBotError)?
    /// The search bounds rebuilt after the pages, if they had to be (`PaperStore.refreshSearchBounds`).
    public var searchBounds: SearchBoundsBuild?

    /// Success when finished (now or before), `interrupted` after Ctrl-C, else the error's own code.
    public var exitCode: ExitStatus {
        switch outcome {
        case .finished, .alreadyFinished: return .success
        case .interrupted: return .interrupted
        case .failed: return error?.exitCode ?? .failure
        }
    }

    /// One line for standard output.
    public var summary: String {
        outcomeLine + (searchBounds.map { "; " + $0.summary } ?? "")
    }

    private var outcomeLine: String {
        let range = "\(request.from)..\(request.to) via \(request.via.label)"
        let counts = "\(pages) page\(pages == 1 ? "" : "s"), \(records.grouped) papers (\(papersNew.grouped) new, "
            + "\(papersUpdated.grouped) updated), \(skipped.grouped) outside the categories"
        switch outcome {
        case .finished:
            return "backfilled \(range): \(counts)" + (resumed ? " (resumed; \(state.pagesDone) pages in all)" : "")
        case .alreadyFinished:
            return "backfill \(range) already finished on \(state.finishedAt ?? "?") (\(state.pagesDone) pages, "
                + "\(state.recordsDone.grouped) papers); nothing fetched, use --restart to fetch it again"
        case .interrupted:
            return "backfill \(range) interrupted after page \(state.pagesDone): \(counts); run the same command again to resume"
        case .failed:
            return "backfill \(range) stopped at page \(state.pagesDone + 1): \(counts) kept; run the same command again to resume"
        }
    }
}

extension Int {
    /// `12,873`.
    var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (self < 0 ? "-" : "") + out
    }
}
