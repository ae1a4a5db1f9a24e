/// What a paper's feature vector is made of. The defaults are the ones the evaluation kept
/// (docs/recommend.md); `sanityLite` is arxiv-sanity-lite's vectorizer, the baseline.
public struct FeatureOptions: Sendable, Equatable {
    /// Word pairs next to each other (after stop words are removed), as well as words.
    public var bigrams = true
    /// How many times the title is counted: 1 reads it once, like the abstract.
    public var titleRepeats = 1
    /// Each author's whole name as one term (`author:ada lovelace`), besides the name's words.
    public var authorNames = false
    /// Each category as a term (`category:cs.cr`).
    public var categories = false
    /// A term must be in at least this many documents of the fitting set...
    public var minDocuments = 5
    /// ...and in at most this fraction of them.
    public var maxDocumentFraction = 0.1
    /// The most frequent terms kept, after the two bounds above.
    public var maxFeatures = 20_000

    public init() {}

    /// arxiv-sanity-lite's `TfidfVectorizer` settings.
    public static var sanityLite: FeatureOptions { FeatureOptions() }

    /// What `Recommender` uses unless told otherwise: words without pairs, and the categories as
    /// terms (precision@50 0.911 against the baseline's 0.787 in docs/recommend.md; pairs cost
    /// precision when the vocabulary is fitted on a sample, and whole author names added nothing
    /// once categories were in).
    public static var recommended: FeatureOptions {
        var options = FeatureOptions()
        options.bigrams = false
        options.categories = true
        return options
    }
}

/// The text a paper contributes to the features, read from its row.
struct RecommendDocument {
    var title: String
    var abstract: String
    var authors: [String]
    var categories: [String]

    init(title: String, abstract: String, authors: [String], categories: [String]) {
        self.title = title
        self.abstract = abstract
        self.authors = authors
        self.categories = categories
    }

    init(_ paper: PaperResult) {
        self.init(title: paper.title, abstract: paper.abstract, authors: paper.authors, categories: paper.categories)
    }

    /// `title | abstract | authors`, the string arxiv-sanity-lite vectorizes.
    func text(titleRepeats: Int) -> String {
        var parts = Array(repeating: title, count: max(1, titleRepeats))
        parts.append(abstract)
        parts.append(authors.joined(separator: ", "))
        return parts.joined(separator: " | ")
    }
}
