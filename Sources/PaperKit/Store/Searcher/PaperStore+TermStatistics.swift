/// What the index knows about words, for "more like this": the porter stem the index keeps for a
/// word, and in how many papers a stem occurs. Both come from FTS5 itself. The stems come through
/// tables in the connection's `temp` schema, so they work on a read-only store and need no schema:
/// `similar_words`, an FTS5 table with the index's tokenizer that stems the words put in it, and
/// `similar_word_stems` (`fts5vocab`, instance) reading the stems back.
extension PaperStore {
    private func createTermTables() throws {
        try database.execute("""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.similar_words USING fts5 (word, tokenize = 'porter unicode61 \(SnippetFunction.tokenizerArguments.joined(separator: " "))');
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.similar_word_stems USING fts5vocab (temp, similar_words, instance);
            """)
    }

    /// The index's stem of each word (lowercase words in, the same words as keys out; a word the
    /// tokenizer drops entirely is left out).
    func stems(of words: [String]) throws -> [String: String] {
        guard !words.isEmpty else { return [:] }
        try createTermTables()
        try database.execute("DELETE FROM temp.similar_words")
        let insert = try statement("INSERT INTO temp.similar_words (rowid, word) VALUES (?, ?)")
        for (i, word) in words.enumerated() { _ = try insert.run([.int(Int64(i)), .text(word)]) }
        var out: [String: String] = [:]
        // A word can stem to more than one token ("e-mail"); its first token is the one kept.
        try statement("SELECT doc, term FROM temp.similar_word_stems ORDER BY doc, offset").forEach { row in
            let word = words[row.int(0)]
            if out[word] == nil { out[word] = row.text(1) }
        }
        try database.execute("DELETE FROM temp.similar_words")
        return out
    }

    /// For each stem, the number of papers whose index row holds it, counted up to `cap`: the
    /// count reads the term's doclist, and a common stem's doclist is most of the index (counting
    /// "model" in 1.4M papers through `fts5vocab` took 80 ms). Each stem is searched as the
    /// quoted word it came from, which the index's tokenizer turns back into the stem.
    func documentFrequencies(of words: [String: String], cap: Int) throws -> [String: Int] {
        let count = try statement("SELECT count(*) FROM (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? LIMIT ?)")
        var out: [String: Int] = [:]
        for (stem, word) in words {
            let phrase = "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            out[stem] = try count.first([.text(phrase), .int(Int64(cap))]) { $0.int(0) } ?? 0
        }
        return out
    }

    /// The largest row id of a paper: the number of papers, near enough, without counting them.
    func maxPaperRowID() throws -> Int64 {
        Int64(try statement("SELECT max(id) FROM papers").first { $0.int(0) } ?? 0)
    }

    /// Row ids of the papers with these IDs (any spelling), in the order given; unknown ones are left out.
    public func rowIDs(arxivIDs: [String]) throws -> [Int64] {
        let lookup = try statement("SELECT id FROM papers WHERE arxiv_id = ?")
        return try arxivIDs.compactMap { text in
            guard let id = ArxivID(text) else { return nil }
            return try lookup.first([.text(id.rawValue)]) { Int64($0.int(0)) }
        }
    }

    /// Full rows of these row ids, in the order given (unknown ids left out).
    public func papers(rowIDs: [Int64]) throws -> [PaperResult] { try papers(rowIDs) }

    /// The row ids of the best papers for a ranked search, best first, with their bm25 scores
    /// (FTS5's sign: more negative is better; nil when the plan ranks without them).
    func rankedRowIDs(_ request: SearchRequest) throws -> [(id: Int64, bm25: Double?)] {
        let page = try searchPage(request)
        return page.ids.enumerated().map { (k, id) in (id, k < page.scores.count ? page.scores[k] : nil) }
    }
}
