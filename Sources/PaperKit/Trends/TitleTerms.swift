/// The terms of a title for rising terms: lowercase runs of letters and digits, English stop
/// words and one-character tokens left out, as unigrams and bigrams of neighbours (a stop word
/// between two words breaks the pair). Each term counts once per title: document frequency.
public enum TitleTerms {
    /// The distinct unigrams and bigrams of `title`.
    public static func terms(of title: String) -> Set<String> {
        var terms: Set<String> = []
        var previous: String?
        for token in tokens(of: title) {
            guard token.count > 1, !stopWords.contains(token), !token.allSatisfy(\.isNumber) else {
                previous = nil
                continue
            }
            terms.insert(token)
            if let previous { terms.insert(previous + " " + token) }
            previous = token
        }
        return terms
    }

    /// Lowercased runs of letters and digits (TeX markup and punctuation separate them).
    static func tokens(of title: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in title.lowercased() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Common English function words, and the filler of paper titles ("via", "towards", "using").
    static let stopWords: Set<String> = [
        "a", "about", "above", "across", "after", "against", "all", "along", "also", "among", "an", "and", "any", "are",
        "around", "as", "at", "be", "been", "before", "being", "below", "beneath", "between", "beyond", "both", "but",
        "by", "can", "could", "do", "does", "doing", "down", "during", "each", "either", "every", "few", "for", "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "his", "how", "i", "if", "in", "into", "is", "it",
        "its", "itself", "just", "less", "like", "many", "may", "more", "most", "much", "must", "my", "near", "neither",
        "no", "nor", "not", "of", "off", "on", "once", "one", "only", "onto", "or", "other", "our", "out", "over", "own",
        "per", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "through", "thus", "to", "too", "toward", "towards", "two", "under",
        "until", "up", "upon", "us", "using", "versus", "very", "via", "vs", "was", "we", "were", "what", "when", "where",
        "whether", "which", "while", "who", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
    ]
}
