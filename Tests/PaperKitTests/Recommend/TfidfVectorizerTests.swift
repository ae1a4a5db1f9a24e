import Foundation
import Testing
@testable import PaperKit

/// The vectorizer against values worked out by hand (and checked with scikit-learn 1.x's
/// `TfidfVectorizer` with arxiv-sanity-lite's settings, min_df=1, max_df=1.0) on a tiny corpus.
struct TfidfVectorizerTests {
    func document(_ title: String) -> RecommendDocument {
        RecommendDocument(title: title, abstract: "", authors: [], categories: [])
    }

    var corpus: [RecommendDocument] {
        [document("graph neural network"), document("graph database"), document("neural network neural")]
    }

    func fitted(bigrams: Bool = true) -> TfidfVectorizer {
        var options = FeatureOptions()
        options.minDocuments = 1
        options.maxDocumentFraction = 1
        options.bigrams = bigrams
        var vectorizer = TfidfVectorizer(options: options)
        vectorizer.fit(corpus)
        return vectorizer
    }

    func weights(_ vectorizer: TfidfVectorizer, _ document: RecommendDocument) -> [String: Double] {
        let x = vectorizer.transform(document)
        return Dictionary(uniqueKeysWithValues: zip(x.indices.map { vectorizer.terms[Int($0)] }, x.values))
    }

    @Test func tokensFollowSklearnsPatternAccentsAndStopWords() {
        let text = TokenizedText("The Café's 3D x2 β-decay U_n of the network")
        let words = text.tokens.filter { !EnglishStopWords.hashes.contains($0.hash) }.map(text.text)
        // "3d" starts with a digit, "s" and "β" are too short or not ASCII; "the" and "of" are stop words.
        #expect(words == ["cafe", "x2", "decay", "u_n", "network"])
    }

    @Test func idfIsSmoothedAndTheVocabularySorted() {
        let v = fitted()
        #expect(v.terms == ["database", "graph", "graph database", "graph neural", "network", "network neural", "neural",
                            "neural network"])
        // ln((1 + 3) / (1 + df)) + 1: df 1 -> 1.693147..., df 2 -> 1.287682...
        #expect(abs(v.idf[0] - (log(2.0) + 1)) < 1e-12)
        #expect(abs(v.idf[1] - (log(4.0 / 3) + 1)) < 1e-12)
    }

    @Test func weightsAreSublinearAndNormalised() {
        // "neural network neural": neural tf 1 + ln 2, the rest 1; times idf; over the l2 norm.
        let w = weights(fitted(), document("neural network neural"))
        let idf2 = log(4.0 / 3) + 1, idf1 = log(2.0) + 1
        let raw = ["neural": (1 + log(2.0)) * idf2, "network": idf2, "neural network": idf2, "network neural": idf1]
        let norm = raw.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(w.count == 4)
        for (term, value) in raw { #expect(abs(w[term]! - value / norm) < 1e-12, "\(term)") }
        // The same figure scikit-learn prints for it.
        #expect(abs(w["neural"]! - 0.6592736262) < 1e-9)
        #expect(abs(w["network neural"]! - 0.5119847828) < 1e-9)
    }

    @Test func documentFrequencyBoundsPruneTheVocabulary() {
        var options = FeatureOptions()
        options.minDocuments = 2
        options.maxDocumentFraction = 1
        options.bigrams = false
        var v = TfidfVectorizer(options: options)
        v.fit(corpus)
        #expect(v.terms == ["graph", "network", "neural"])
        options.minDocuments = 1
        options.maxDocumentFraction = 0.5  // at most 1.5 of 3 documents
        v = TfidfVectorizer(options: options)
        v.fit(corpus)
        #expect(v.terms == ["database"])
    }

    @Test func unknownTermsAreIgnoredAndAnEmptyDocumentIsZero() {
        let v = fitted(bigrams: false)
        #expect(v.transform(document("quantum chromodynamics")) == SparseVector())
        let w = weights(v, document("graph quantum"))
        #expect(w == ["graph": 1])
    }

    @Test func wholeNamesAndCategoriesAreTermsWhenAsked() {
        var options = FeatureOptions()
        options.minDocuments = 1
        options.maxDocumentFraction = 1
        options.authorNames = true
        options.categories = true
        var v = TfidfVectorizer(options: options)
        v.fit([RecommendDocument(title: "graph", abstract: "", authors: ["Ada Lovelace"], categories: ["cs.LO"])])
        #expect(v.terms.contains("author:ada lovelace"))
        #expect(v.terms.contains("category:cs.lo"))
        #expect(v.terms.contains("lovelace"))
    }
}
