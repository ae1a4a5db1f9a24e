/// The most a search can score in each block of index rows, from its phrases' saturation bounds.
///
/// bm25 adds one weight per phrase, and a phrase's weight rises with its saturation alone
/// (`BM25`). A phrase's saturation in a row is at most that of each of its words, since the
/// phrase occurs no more often than any of its words in any column, and the row's length is the
/// same. So a block's bound for a phrase is its words' smallest block bound. Excluded phrases
/// weigh nothing in a match. A block can hold a match only where every ANDed group has a phrase
/// that may occur there; its bound is the sum of the weights of the phrases that may.
struct BlockBounds {
    /// The query's words to find, as `SearchQuery.groups` numbers them: ORed within, ANDed between.
    let groups: [[Int]]
    /// Per phrase, its saturation bound per block (0 where it cannot occur); nil when unknown
    /// (a rare word, a prefix): then it may occur anywhere, at bm25's largest weight.
    let saturations: [[Float]?]
    /// Per phrase, bm25's IDF for this search.
    let idf: [Double]
    /// `SearchBounds.loosening` for the current average row length.
    let loosening: Double

    /// The blocks that can hold a match, with their bounds, highest bound first.
    func ranked(blockCount: Int) -> [(block: Int, bound: Double)] {
        var ranked: [(block: Int, bound: Double)] = []
        blocks: for block in 0..<blockCount {
            var bound = 0.0
            for group in groups {
                var groupBound = 0.0, mayMatch = false
                for phrase in group {
                    guard let saturation = saturations[phrase] else {
                        (groupBound, mayMatch) = (groupBound + BM25.weight(idf: idf[phrase], saturation: .infinity), true)
                        continue
                    }
                    let s = saturation[block]
                    guard s > 0 else { continue }
                    (groupBound, mayMatch) = (groupBound + BM25.weight(idf: idf[phrase], saturation: Double(s) * loosening), true)
                }
                guard mayMatch else { continue blocks }
                bound += groupBound
            }
            ranked.append((block, bound))
        }
        ranked.sort { $0.bound > $1.bound || ($0.bound == $1.bound && $0.block < $1.block) }
        return ranked
    }

    /// The elementwise smallest of `entries`' block bounds: a phrase's bound from its words'.
    static func smallest(_ entries: [[Float]]) -> [Float]? {
        guard var smallest = entries.first else { return nil }
        for entry in entries.dropFirst() where entry.count == smallest.count {
            for i in smallest.indices where entry[i] < smallest[i] { smallest[i] = entry[i] }
        }
        return smallest
    }
}
