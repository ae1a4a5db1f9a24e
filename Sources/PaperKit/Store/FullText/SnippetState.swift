import CSQLite
import Foundation

/// One connection's tokenizer and scratch buffers, used by `arxiv_snippet` and by the search
/// building a collected page's snippets: both on the connection's thread, one at a time.
final class SnippetState {
    private let tokenizer: fts5_tokenizer
    private let instance: OpaquePointer
    /// Token boundaries of the column last tokenized: start and end byte offsets, in order.
    private var tokens = TokenSpans()
    /// Phrase instances of the current row: phrase, column, token offset.
    private var instances: [RankCollector.Instance] = []
    private var phraseSizes: [Int32] = []
    private var sentenceStarts: [Int32] = []
    private var seen: [Bool] = []
    /// The last snippet built.
    fileprivate(set) var output: [UInt8] = []

    init(api: UnsafeMutablePointer<fts5_api>, database: Database) throws {
        (tokenizer, instance) = try IndexTokenizer.create("unicode61", arguments: SnippetFunction.tokenizerArguments,
                                                          api: api, database: database)
    }

    deinit {
        tokenizer.xDelete?(instance)
        tokens.deallocate()
    }

    /// Fills `tokens` with the boundaries of `text`.
    func tokenize(_ text: UnsafePointer<CChar>, count: Int32) -> Int32 {
        tokens.removeAll()
        return withUnsafeMutablePointer(to: &tokens) { spans in
            tokenizer.xTokenize(instance, spans, FTS5_TOKENIZE_AUX, text, count, appendTokenSpan)
        }
    }
}

/// The best window found so far: snippet()'s iBestCol, iBestStart and nBestScore.
private struct BestWindow {
    var column: Int
    var start = 0
    var score = 0
}

extension SnippetState {
    /// Writes the current row's snippet into `output`. Returns an SQLite result code, or nil when
    /// the chosen column is NULL (the snippet is then NULL, as snippet()'s is).
    ///
    /// The window is chosen as fts5SnippetFunction does: each phrase instance in the column
    /// proposes a window around itself and one starting at the sentence it is in; a window scores
    /// 1000 per distinct phrase and 1 per repeat, plus 120 for starting at the first token and 100
    /// for starting a sentence; the first best window wins.
    func snippet(_ f: Fts5ExtensionApi, _ fts: OpaquePointer, column: Int, markup: SnippetMarkup, tokens window: Int) -> Int32? {
        var rc = loadInstances(f, fts)
        guard rc == SQLITE_OK else { return rc }
        var best = BestWindow(column: max(column, 0))
        var tokenizedColumn = -1
        for i in 0..<Int(f.xColumnCount(fts)) where column < 0 || column == i {
            var document: UnsafePointer<CChar>?
            var length: Int32 = 0
            rc = f.xColumnText(fts, Int32(i), &document, &length)
            guard rc == SQLITE_OK else { return rc }
            rc = consider(column: i, document: document, length: length, window: window, best: &best)
            guard rc == SQLITE_OK else { return rc }
            tokenizedColumn = i
        }
        var document: UnsafePointer<CChar>?
        var length: Int32 = 0
        rc = f.xColumnText(fts, Int32(best.column), &document, &length)
        guard rc == SQLITE_OK else { return rc }
        guard let document else { return nil }
        if tokenizedColumn != best.column {
            rc = tokenize(document, count: length)
            guard rc == SQLITE_OK else { return rc }
        }
        let text = UnsafeRawPointer(document).assumingMemoryBound(to: UInt8.self)
        highlight(UnsafeBufferPointer(start: text, count: Int(length)), column: best.column,
                  from: best.start, window: window, markup: markup)
        return SQLITE_OK
    }

    /// The snippet `snippet()` would give for `match` with `text` as the content of `column`,
    /// built without FTS5: from the phrase instances `RankCollector` kept. Nil on a tokenizer error.
    func snippet(of text: String, column: Int, match: RankCollector.Match, phraseSizes: [Int32],
                 markup: SnippetMarkup, tokens window: Int) -> String? {
        instances = match.instances
        self.phraseSizes = phraseSizes
        if seen.count < phraseSizes.count { seen = Array(repeating: false, count: phraseSizes.count) }
        var text = text
        return text.withUTF8 { bytes -> String? in
            // A native Swift string keeps a NUL after its bytes, but an empty buffer has no address.
            guard let base = bytes.baseAddress else { return "" }
            let document = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            var best = BestWindow(column: column)
            guard consider(column: column, document: document, length: Int32(bytes.count), window: window,
                           best: &best) == SQLITE_OK else { return nil }
            highlight(bytes, column: column, from: best.start, window: window, markup: markup)
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// fts5SnippetFunction's loop over one column: tokenizes `document` (leaving its boundaries in
    /// `tokens`) and lets each of the column's phrase instances propose windows to `best`.
    private func consider(column i: Int, document: UnsafePointer<CChar>?, length: Int32, window: Int,
                          best: inout BestWindow) -> Int32 {
        if let document {
            let rc = tokenize(document, count: length)
            guard rc == SQLITE_OK else { return rc }
        } else {
            tokens.removeAll()
        }
        findSentenceStarts(document)
        // snippet() reads this from the index's docsize record; it is the same count of tokens.
        let size = tokens.count
        for instance in instances where Int(instance.column) == i {
            let offset = Int(instance.offset)
            if offset > size { return SQLITE_CORRUPT | (1 << 8) }  // FTS5_CORRUPT
            let around = score(column: i, from: offset, window: window, size: size)
            if around.score > best.score { best = BestWindow(column: i, start: around.start, score: around.score) }
            guard !sentenceStarts.isEmpty && size > window else { continue }
            var j = 0
            while j < sentenceStarts.count - 1 && Int(sentenceStarts[j + 1]) <= offset { j += 1 }
            let sentence = Int(sentenceStarts[j])
            if sentence < offset {
                let fromSentence = score(column: i, from: sentence, window: window, size: size).score
                    + (sentence == 0 ? 120 : 100)
                if fromSentence > best.score { best = BestWindow(column: i, start: sentence, score: fromSentence) }
            }
        }
        return SQLITE_OK
    }

    private func loadInstances(_ f: Fts5ExtensionApi, _ fts: OpaquePointer) -> Int32 {
        instances.removeAll(keepingCapacity: true)
        phraseSizes.removeAll(keepingCapacity: true)
        let phrases = Int(f.xPhraseCount(fts))
        for i in 0..<phrases { phraseSizes.append(f.xPhraseSize(fts, Int32(i))) }
        if seen.count < phrases { seen = Array(repeating: false, count: phrases) }
        return RankCollector.readInstances(f, fts, into: &instances)
    }

    /// Positions of the tokens that start a sentence: the first, and each one preceded by
    /// whitespace that follows a '.' or ':'.
    private func findSentenceStarts(_ document: UnsafePointer<CChar>?) {
        sentenceStarts.removeAll(keepingCapacity: true)
        guard let document, tokens.count > 0 else { return }
        sentenceStarts.append(0)
        for position in 1..<tokens.count {
            var i = Int(tokens.start(position)) - 1
            var c: CChar = 0
            while i >= 0 {
                c = document[i]
                if c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { break }
                i -= 1
            }
            if i != Int(tokens.start(position)) - 1 && (c == 0x2E || c == 0x3A) {
                sentenceStarts.append(Int32(position))
            }
        }
    }

    /// fts5SnippetScore: the score of the window of `window` tokens from `start`, and where a
    /// window centred on the instances it holds would start.
    private func score(column: Int, from start: Int, window: Int, size: Int) -> (score: Int, start: Int) {
        for i in seen.indices { seen[i] = false }
        var score = 0, first = -1, last = 0
        for instance in instances where Int(instance.column) == column {
            let offset = Int(instance.offset)
            guard offset >= start && offset < start + window else { continue }
            let phrase = Int(instance.phrase)
            score += seen[phrase] ? 1 : 1000
            seen[phrase] = true
            if first < 0 { first = offset }
            last = offset + Int(phraseSizes[phrase])
        }
        var adjusted = first - (window - (last - first)) / 2
        if adjusted + window > size { adjusted = size - window }
        if adjusted < 0 { adjusted = 0 }
        return (score, adjusted)
    }

    /// fts5HighlightCb over the tokens of the window, from the boundaries already found.
    private func highlight(_ text: UnsafeBufferPointer<UInt8>, column: Int, from rangeStart: Int, window: Int,
                           markup: SnippetMarkup) {
        output.removeAll(keepingCapacity: true)
        let rangeEnd = rangeStart + window - 1
        var matches = CoalescedInstances(column: column)
        matches.advance(instances, phraseSizes)
        if rangeStart > 0 { append(markup.ellipsis) }
        while matches.start >= 0 && matches.start < rangeStart { matches.advance(instances, phraseSizes) }
        var copied = 0
        let positions = rangeEnd > 0 ? rangeStart..<min(rangeEnd + 1, max(tokens.count, rangeStart))
                                     : 0..<tokens.count
        for position in positions {
            let start = Int(tokens.start(position)), end = Int(tokens.end(position))
            if rangeEnd > 0 && rangeStart != 0 && position == rangeStart { copied = start }
            if position == matches.start {
                append(text, from: copied, to: start)
                append(markup.open)
                copied = start
            }
            if position == matches.end {
                if rangeEnd != 0 && matches.start < rangeStart { append(markup.open) }
                append(text, from: copied, to: end)
                append(markup.close)
                copied = end
                matches.advance(instances, phraseSizes)
            }
            if rangeEnd > 0 && position == rangeEnd {
                append(text, from: copied, to: end)
                copied = end
                if position >= matches.start && position < matches.end { append(markup.close) }
            }
        }
        if rangeEnd >= tokens.count - 1 {
            append(text, from: copied, to: text.count)
        } else {
            append(markup.ellipsis)
        }
    }

    private func append(_ bytes: [UInt8]) { output.append(contentsOf: bytes) }

    /// Appends `text[from..<to]` as snippet()'s "%.*s" does: up to the first NUL.
    private func append(_ text: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        guard to > from, let base = text.baseAddress else { return }
        let end = memchr(base + from, 0, to - from).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? to
        output.append(contentsOf: UnsafeBufferPointer(start: base + from, count: end - from))
    }
}
