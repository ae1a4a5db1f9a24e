import CSQLite

/// The best `capacity` matches of a relevance search, gathered by `arxiv_bm25` while the search
/// steps through every match once, each kept with its phrase instances so its snippet can be
/// built afterwards from the abstract alone.
///
/// FTS5's own `ORDER BY rank` sorts every match, copying each one's position lists into the sort
/// records so that `snippet()` can run on the sorted rows: over 100,000 papers that cost about as
/// much as ranking itself. Here a match is only compared with the worst kept one, and copied only
/// when it is better. The order is score, then rowid, for filtered and unfiltered searches alike.
final class RankCollector {
    /// One phrase instance: which phrase, in which column, at which token.
    typealias Instance = (phrase: Int32, column: Int32, offset: Int32)

    struct Match {
        var score: Double
        var rowid: Int64
        var instances: [Instance]

        func ranks(before other: Match) -> Bool {
            score < other.score || (score == other.score && rowid < other.rowid)
        }
    }

    let capacity: Int
    /// Tokens per phrase of the search (the same for every match).
    var phraseSizes: [Int32] = []
    /// A max-heap: the worst kept match first.
    private var heap: [Match] = []
    /// Whether a rowid may be kept at all, asked only of matches good enough to be kept (a few
    /// dozen per page), so a check that costs a lookup is not paid for every match.
    private let admits: (Int64) throws -> Bool
    /// The first error of `admits`, reported once the search has stopped stepping.
    private(set) var error: Error?

    init(capacity: Int, admits: @escaping (Int64) throws -> Bool = { _ in true }) {
        self.capacity = capacity
        self.admits = admits
        heap.reserveCapacity(min(capacity, 1_024))
    }

    /// How many matches were scored (asked `wants`): what a pruned search saves is the rest.
    private(set) var scored = 0

    /// What a pass over every match may skip before reading a row's positions, once a search
    /// has scored its best blocks (`PaperStore+PrunedRelevance.swift`).
    struct Skipping {
        let blockSize: Int64
        /// Rows past this were scored already (the rows added since the build).
        let builtThrough: Int64
        /// Per block, the most a row there can score (positive; bm25 before the sign).
        let bounds: [Double]
        /// Blocks scored already.
        let scoredBlocks: [Bool]
        /// Single rows scored already (rewritten since the build).
        let scoredRows: Set<Int64>
    }

    var skipping: Skipping?

    /// Whether the row need not be scored: scored already, or in a block whose bound is below
    /// the page's last match.
    func skips(_ rowid: Int64) -> Bool {
        guard let skip = skipping else { return false }
        if rowid > skip.builtThrough || rowid < 0 { return true }
        if !skip.scoredRows.isEmpty && skip.scoredRows.contains(rowid) { return true }
        let block = Int(rowid / skip.blockSize)
        guard block < skip.bounds.count else { return false }
        if skip.scoredBlocks[block] { return true }
        if let worst = threshold { return skip.bounds[block] * (1 + 1e-9) < -worst }
        return false
    }

    /// The rank a match must beat to be kept, once the collector is full (nil before).
    var threshold: Double? { heap.count == capacity && capacity > 0 ? heap[0].score : nil }

    /// Whether a match with this score and rowid would be kept.
    func wants(score: Double, rowid: Int64) -> Bool {
        scored += 1
        guard capacity > 0, error == nil else { return false }
        if heap.count == capacity && !Match(score: score, rowid: rowid, instances: []).ranks(before: heap[0]) { return false }
        do {
            return try admits(rowid)
        } catch {
            self.error = error
            return false
        }
    }

    /// Keeps `match`, dropping the worst kept one when full. Call only when `wants` said yes.
    func keep(_ match: Match) {
        if heap.count < capacity {
            heap.append(match)
            siftUp(heap.count - 1)
        } else {
            heap[0] = match
            siftDown(0)
        }
    }

    /// Appends the current row's phrase instances (xInst order: by column, then token) to
    /// `instances`; returns an SQLite result code.
    static func readInstances(_ f: Fts5ExtensionApi, _ fts: OpaquePointer, into instances: inout [Instance]) -> Int32 {
        var count: Int32 = 0
        var rc = f.xInstCount(fts, &count)
        instances.reserveCapacity(instances.count + Int(count))
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        var i: Int32 = 0
        while rc == SQLITE_OK && i < count {
            rc = f.xInst(fts, i, &phrase, &column, &offset)
            if rc == SQLITE_OK { instances.append((phrase, column, offset)) }
            i += 1
        }
        return rc
    }

    /// The kept matches from `offset` on, best first.
    func page(offset: Int) -> [Match] {
        Array(heap.sorted { $0.ranks(before: $1) }.dropFirst(offset))
    }

    private func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[parent].ranks(before: heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private func siftDown(_ index: Int) {
        var parent = index
        while true {
            var worst = parent
            let left = 2 * parent + 1, right = left + 1
            if left < heap.count && heap[worst].ranks(before: heap[left]) { worst = left }
            if right < heap.count && heap[worst].ranks(before: heap[right]) { worst = right }
            if worst == parent { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
