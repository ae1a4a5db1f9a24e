import Foundation

/// The parts of bm25 that the rank function and the search bounds share, so both compute a
/// word's weight in a document with the same parameters.
///
/// bm25 gives phrase i of a search, in a document of `length` tokens where its weighted frequency
/// is f, `idf × f(k1+1) / (f + k1(1 - b + b·length/avgdl))`. Written as `idf × (k1+1) × s/(s+1)`
/// with the saturation `s = f / (k1(1 - b + b·length/avgdl))`, it rises with s alone: the largest s
/// in a block of documents bounds every document's weight there (`SearchBounds`).
enum BM25 {
    static let k1 = 1.2
    static let b = 0.75

    /// `f / (k1(1 - b + b·length/averageLength))`.
    static func saturation(frequency: Double, length: Double, averageLength: Double) -> Double {
        frequency / (k1 * (1 - b + b * length / averageLength))
    }

    /// The weight of a phrase with this IDF at saturation `s`; `.infinity` gives the largest
    /// weight any document can have, `idf × (k1+1)`.
    static func weight(idf: Double, saturation s: Double) -> Double {
        s == .infinity ? idf * (k1 + 1) : idf * (k1 + 1) * s / (s + 1)
    }

    /// bm25()'s IDF for a phrase in `documents` of `rows` documents (floored as FTS5 floors it).
    static func idf(rows: Int64, documents: Int64) -> Double {
        let idf = log((Double(rows - documents) + 0.5) / (Double(documents) + 0.5))
        return idf > 0 ? idf : 1e-6
    }
}
