import Foundation

/// A sparse vector: feature indices, ascending, with their values.
struct SparseVector: Equatable {
    var indices: [Int32] = []
    var values: [Double] = []

    func dot(_ dense: [Double]) -> Double {
        var sum = 0.0
        for k in indices.indices { sum += dense[Int(indices[k])] * values[k] }
        return sum
    }
}

/// TF-IDF features as scikit-learn's `TfidfVectorizer` computes them with `stop_words='english'`,
/// `sublinear_tf=True`, `norm='l2'`, `smooth_idf=True`: a term's weight in a document is
/// `(1 + ln count) × (ln((1 + n) / (1 + df)) + 1)`, and each document's vector has length 1.
/// The vocabulary is the terms within `FeatureOptions`' document-frequency bounds in the fitting
/// set, at most `maxFeatures` of them by total count.
struct TfidfVectorizer {
    let options: FeatureOptions
    /// Term hash to feature index.
    private(set) var index = TermTable(capacity: 0)
    /// Each feature's term, by index.
    private(set) var terms: [String] = []
    private(set) var idf: [Double] = []

    init(options: FeatureOptions) { self.options = options }

    /// Learns the vocabulary and document frequencies of `documents`.
    mutating func fit(_ documents: [RecommendDocument]) {
        var documentCounts: [UInt64: Int] = [:]
        var totalCounts: [UInt64: Int] = [:]
        var names: [UInt64: String] = [:]
        for document in documents {
            for (hash, count) in counts(of: document, names: &names) {
                documentCounts[hash, default: 0] += 1
                totalCounts[hash, default: 0] += count
            }
        }
        let n = documents.count
        let maxDocuments = options.maxDocumentFraction * Double(n)
        var kept = documentCounts.filter { $0.value >= options.minDocuments && Double($0.value) <= maxDocuments }.map(\.key)
        // Most frequent first; ties by term so the vocabulary does not depend on hash order.
        kept.sort { (totalCounts[$0]!, names[$1]!) > (totalCounts[$1]!, names[$0]!) }
        kept = Array(kept.prefix(options.maxFeatures)).sorted { names[$0]! < names[$1]! }
        index = TermTable(capacity: kept.count)
        terms = kept.map { names[$0]! }
        idf = kept.map { log(Double(1 + n) / Double(1 + documentCounts[$0]!)) + 1 }
        for (i, hash) in kept.enumerated() { index.insert(hash, Int32(i)) }
    }

    /// The document's l2-normalised TF-IDF vector over the fitted vocabulary.
    func transform(_ document: RecommendDocument) -> SparseVector {
        var features: [Int32] = []
        forEachTerm(of: document) { hash, _ in
            if let i = index[hash] { features.append(i) }
        }
        features.sort()
        var vector = SparseVector()
        var k = 0
        while k < features.count {
            var end = k + 1
            while end < features.count && features[end] == features[k] { end += 1 }
            vector.indices.append(features[k])
            vector.values.append((1 + log(Double(end - k))) * idf[Int(features[k])])
            k = end
        }
        let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if norm > 0 { for k in vector.values.indices { vector.values[k] /= norm } }
        return vector
    }

    /// Each term of the document with its count; a term's text is recorded in `names` the first
    /// time its hash is seen.
    private func counts(of document: RecommendDocument, names: inout [UInt64: String]) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        forEachTerm(of: document) { hash, text in
            counts[hash, default: 0] += 1
            if names[hash] == nil { names[hash] = text() }
        }
        return counts
    }

    /// Calls `body` with the hash of every term occurrence and a way to spell it: words that are
    /// not stop words, then pairs of neighbouring ones, then the whole-name and category terms the
    /// options ask for.
    func forEachTerm(of document: RecommendDocument, _ body: (UInt64, () -> String) -> Void) {
        let text = TokenizedText(document.text(titleRepeats: options.titleRepeats))
        let words = text.tokens.filter { !EnglishStopWords.hashes.contains($0.hash) }
        for word in words { body(word.hash) { text.text(word) } }
        if options.bigrams && words.count > 1 {
            for k in 1..<words.count {
                body(text.bigramHash(words[k - 1], words[k])) { text.text(words[k - 1]) + " " + text.text(words[k]) }
            }
        }
        var extras: [String] = []
        if options.authorNames { extras += document.authors.map { "author:" + $0.lowercased() } }
        if options.categories { extras += document.categories.map { "category:" + $0.lowercased() } }
        for term in extras { body(TermHash.of(term)) { term } }
    }
}
