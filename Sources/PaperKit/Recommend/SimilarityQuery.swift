import Foundation

/// A paper's most significant words as a "more like this" search: each of its title and abstract
/// words (stop words left out) weighted by tf-idf against the index, by the index's own porter
/// stems and document frequencies, and the best `termCount` of them ORed, every one a quoted
/// phrase, so nothing of the paper's text is read as FTS5 syntax.
struct SimilarityQuery {
    struct Term {
        var word: String
        var stem: String
        var weight: Double
    }

    /// How many terms the search ORs: enough to find papers that share a few of them, few enough
    /// that bm25 reads little of the index.
    static let termCount = 25
    /// A title word counts as this many abstract words (bm25 weighs the title column 10×).
    static let titleCount = 3
    /// Stems in more papers than this are left out whatever the store's size (see `init`).
    static let maxDocumentFrequency = 20_000

    let terms: [Term]

    init(paper: PaperResult, store: PaperStore) throws {
        var counts: [String: Int] = [:]
        for (text, repeats) in [(paper.title, SimilarityQuery.titleCount), (paper.abstract, 1)] {
            let tokenized = TokenizedText(text)
            for token in tokenized.tokens where !EnglishStopWords.hashes.contains(token.hash) {
                counts[tokenized.text(token), default: 0] += repeats
            }
        }
        let words = counts.keys.sorted()
        let stems = try store.stems(of: words)
        // The stem's most frequent spelling is the one searched (and shown).
        var byStem: [String: (word: String, wordCount: Int, count: Int)] = [:]
        for word in words {
            guard let stem = stems[word], let n = counts[word] else { continue }
            var entry = byStem[stem] ?? (word, 0, 0)
            if n > entry.wordCount { entry.word = word; entry.wordCount = n }
            entry.count += n
            byStem[stem] = entry
        }
        let papers = Double(max(try store.maxPaperRowID(), 1))
        // A stem in more than a tenth of the papers tells them apart no better than a stop word; in
        // a large store the bound is 20,000 papers, so no count reads more of the index than that.
        let commonBound = min(max(Int(papers / 10), 2), SimilarityQuery.maxDocumentFrequency)
        let frequencies = try store.documentFrequencies(of: byStem.mapValues(\.word), cap: commonBound + 1)
        var terms: [Term] = []
        for (stem, entry) in byStem {
            let df = frequencies[stem] ?? 0
            // In this paper only, or common: neither tells papers apart.
            guard df >= 2, df <= commonBound else { continue }
            terms.append(Term(word: entry.word, stem: stem, weight: (1 + log(Double(entry.count))) * log(papers / Double(df))))
        }
        terms.sort { ($0.weight, $1.word) > ($1.weight, $0.word) }
        self.terms = Array(terms.prefix(SimilarityQuery.termCount))
    }

    /// `"w1" OR "w2" ...` in `SearchQuery`'s syntax, or nil when the paper has no usable term.
    var searchText: String? {
        terms.isEmpty ? nil : terms.map { "\"" + $0.word + "\"" }.joined(separator: " OR ")
    }

    /// The query's terms found in `paper`, strongest first, each named by the paper's own word
    /// that carries the stem.
    func reasons(for paper: PaperResult, count: Int) -> [RecommendationReason] {
        var words: [String] = []
        for text in [paper.title, paper.abstract] {
            let tokenized = TokenizedText(text)
            words += tokenized.tokens.map(tokenized.text)
        }
        var out: [RecommendationReason] = []
        for term in terms where out.count < count {
            if let word = words.first(where: { $0 == term.word }) ?? words.first(where: { $0.hasPrefix(term.stem) }) {
                out.append(RecommendationReason(term: word, contribution: term.weight))
            }
        }
        return out
    }
}
