/// A record with the score it gets under the current keywords: what the store is given to write.
public struct ScoredRecord: Sendable {
    public var record: PaperRecord
    public var score: ScoreResult

    public init(_ record: PaperRecord, score: ScoreResult) {
        self.record = record
        self.score = score
    }
}

/// What writing some records into the store did.
public struct WriteCounts: Sendable, Equatable {
    public var written = 0
    public var papersNew = 0
    public var papersUpdated = 0
    public var announcementsNew = 0

    public init() {}

    public static func += (lhs: inout WriteCounts, rhs: WriteCounts) {
        lhs.written += rhs.written
        lhs.papersNew += rhs.papersNew
        lhs.papersUpdated += rhs.papersUpdated
        lhs.announcementsNew += rhs.announcementsNew
    }
}

/// One source's writes into the store, in one or more transactions: open it, write batches (each
/// says what it did), `commit` whenever what is written should survive a crash, and `close` it, or
/// `abandon` it to roll back what was written since the last commit.
///
/// It knows nothing of where records come from: the caller parses, scores and decides when to
/// commit, and writes its own bookkeeping (a resume point, the ledger row) inside the transaction
/// through `commit(alongside:)`. A transaction is always open between `open` and `close`/`abandon`;
/// only one session may be open on a store.
public final class WriteSession {
    private let store: PaperStore
    private let runID: Int64?
    private let now = Timestamp.now()
    private var isOpen = true

    /// New papers' index rows, held back and added in groups (see `IndexBuffer`).
    let index: IndexBuffer

    /// Begins the first transaction (`BEGIN IMMEDIATE`: a second writer waits here, not mid-batch).
    init(store: PaperStore, runID: Int64?) throws {
        precondition(!store.database.isInTransaction, "one write session at a time, outside any transaction")
        self.store = store
        self.runID = runID
        index = IndexBuffer(capacity: store.indexBatchSize)
        try store.database.begin(.immediate)
    }

    deinit { if isOpen { abandon() } }

    /// Writes the records in order and says what they did.
    public func write(_ batch: [ScoredRecord]) throws -> WriteCounts {
        precondition(isOpen, "write after close")
        var counts = WriteCounts()
        for item in batch {
            let outcome = try store.write(item.record, score: item.score, runID: runID, now: now, index: index)
            counts.written += 1
            if outcome.paper == .new { counts.papersNew += 1 }
            if outcome.paper == .updated { counts.papersUpdated += 1 }
            if outcome.announcementAdded { counts.announcementsNew += 1 }
        }
        return counts
    }

    /// Runs `alongside` in the open transaction, commits, and begins the next one. The WAL is then
    /// checkpointed (without waiting for readers), so a long import keeps it about one batch long
    /// instead of growing with the whole file.
    public func commit(alongside: () throws -> Void = {}) throws {
        try commitOpenTransaction(alongside)
        try store.database.checkpoint()
        try store.database.begin(.immediate)
    }

    /// Runs `alongside` in the open transaction, commits, and ends the session.
    public func close(alongside: () throws -> Void = {}) throws {
        try commitOpenTransaction(alongside)
        isOpen = false
    }

    /// Rolls back what was written since the last commit and ends the session.
    public func abandon() {
        guard isOpen else { return }
        isOpen = false
        index.discard()
        store.database.rollback()
        // Ids cached inside the rolled-back transaction may point at rows that no longer exist.
        store.authorIDs.removeAll(keepingCapacity: true)
    }

    private func commitOpenTransaction(_ alongside: () throws -> Void) throws {
        precondition(isOpen, "commit after close")
        do {
            try index.flush(to: store)
            try alongside()
            try store.database.commit()
        } catch {
            abandon()
            throw error
        }
    }
}

extension PaperStore {
    /// Opens a write session for one source; `runID` is the ledger row its announcements cite.
    public func beginWriting(runID: Int64?) throws -> WriteSession {
        try WriteSession(store: self, runID: runID)
    }
}
