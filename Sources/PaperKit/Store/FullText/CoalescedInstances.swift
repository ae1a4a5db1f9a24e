/// fts5's CInstIter: the phrase instances of one column, overlapping ones merged, as token ranges.
struct CoalescedInstances {
    let column: Int
    var next = 0
    var start = -1
    var end = -1

    init(column: Int) { self.column = column }

    mutating func advance(_ instances: [RankCollector.Instance], _ phraseSizes: [Int32]) {
        start = -1
        end = -1
        while next < instances.count {
            let instance = instances[next]
            if Int(instance.column) == column {
                let offset = Int(instance.offset)
                let last = offset - 1 + Int(phraseSizes[Int(instance.phrase)])
                if start < 0 {
                    (start, end) = (offset, last)
                } else if offset <= end {
                    end = max(end, last)
                } else {
                    break
                }
            }
            next += 1
        }
    }
}
