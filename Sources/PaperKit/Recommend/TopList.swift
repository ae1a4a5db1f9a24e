/// The `limit` best-scored papers of a stream, kept without holding the stream: a min-heap on
/// score, so a range of millions costs `limit` entries of memory. Ties go to the smaller arXiv ID,
/// so the order never depends on the order rows arrive in.
struct TopList {
    typealias Entry = (id: Int64, arxivID: String, score: Double)
    let limit: Int
    private var heap: [Entry] = []

    init(limit: Int) { self.limit = max(0, limit) }

    /// True when `a` ranks below `b`.
    private static func worse(_ a: Entry, _ b: Entry) -> Bool {
        a.score != b.score ? a.score < b.score : a.arxivID > b.arxivID
    }

    mutating func insert(id: Int64, arxivID: String, score: Double) {
        guard limit > 0 else { return }
        let entry = (id: id, arxivID: arxivID, score: score)
        if heap.count < limit {
            heap.append(entry)
            siftUp(heap.count - 1)
        } else if TopList.worse(heap[0], entry) {
            heap[0] = entry
            siftDown(0)
        }
    }

    /// The kept papers, best first.
    var sorted: [Entry] {
        heap.sorted { TopList.worse($1, $0) }
    }

    private mutating func siftUp(_ start: Int) {
        var i = start
        while i > 0 {
            let parent = (i - 1) / 2
            guard TopList.worse(heap[i], heap[parent]) else { return }
            heap.swapAt(i, parent)
            i = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            var smallest = i
            for child in [2 * i + 1, 2 * i + 2] where child < heap.count && TopList.worse(heap[child], heap[smallest]) {
                smallest = child
            }
            guard smallest != i else { return }
            heap.swapAt(i, smallest)
            i = smallest
        }
    }
}
