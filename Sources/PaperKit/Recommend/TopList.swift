/// The `limit` best-scored papers of a stream, kept without holding the stream: a min-heap on
/// score, so a range of millions costs `limit` rows of memory. Ties go to the smaller arXiv ID,
/// so the order never depends on the order rows arrive in.
struct TopList {
    let limit: Int
    private var heap: [(paper: PaperResult, score: Double)] = []

    init(limit: Int) { self.limit = max(0, limit) }

    /// True when `a` ranks below `b`.
    private static func worse(_ a: (paper: PaperResult, score: Double), _ b: (paper: PaperResult, score: Double)) -> Bool {
        a.score != b.score ? a.score < b.score : a.paper.arxivID > b.paper.arxivID
    }

    mutating func insert(_ paper: PaperResult, score: Double) {
        guard limit > 0 else { return }
        let entry = (paper: paper, score: score)
        if heap.count < limit {
            heap.append(entry)
            siftUp(heap.count - 1)
        } else if TopList.worse(heap[0], entry) {
            heap[0] = entry
            siftDown(0)
        }
    }

    /// The kept papers, best first.
    var sorted: [(paper: PaperResult, score: Double)] {
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
