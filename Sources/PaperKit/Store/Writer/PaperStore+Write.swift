/// What writing one record did to the store.
public struct WriteOutcome: Equatable, Sendable {
    public enum Paper: Equatable, Sendable { case new, updated, unchanged }
    public var paper: Paper
    public var announcementAdded: Bool
}

extension PaperStore {
    /// Stores one record with its score: inserts a new paper, updates a paper when the record
    /// describes a newer version (never when older), fills fields the store lacks, and adds the
    /// announcement the record carries. Writing the same record twice changes nothing the second time.
    ///
    /// Inside a write session, new papers' index rows go to the session's `index` buffer.
    @discardableResult
    public func write(_ record: PaperRecord, score: ScoreResult, runID: Int64? = nil, now: String) throws -> WriteOutcome {
        try write(record, score: score, runID: runID, now: now, index: nil)
    }

    func write(_ record: PaperRecord, score: ScoreResult, runID: Int64?, now: String, index: IndexBuffer?) throws -> WriteOutcome {
        let outcome: WriteOutcome.Paper
        let rowID: Int64
        if let stored = try storedPaper(record.id) {
            rowID = stored.rowID
            if stored.isOlder(than: record) {
                try replace(stored, with: record, score: score, now: now, index: index)
                outcome = .updated
            } else {
                outcome = try fillIn(stored, from: record, now: now) ? .updated : .unchanged
            }
        } else {
            rowID = try insert(record, score: score, now: now, index: index)
            outcome = .new
        }
        let added = try addAnnouncement(of: record, paper: rowID, runID: runID)
        return WriteOutcome(paper: outcome, announcementAdded: added)
    }

    private func insert(_ r: PaperRecord, score: ScoreResult, now: String, index: IndexBuffer?) throws -> Int64 {
        let authors = DisplayColumns.storedAuthors(of: r)
        let categories = DisplayColumns.storedCategories(of: r)
        try statement("""
            INSERT INTO papers (arxiv_id, version, title, abstract, comments, journal_ref, doi, license,
                                primary_category, published, updated, first_seen, last_seen, score, excluded,
                                author_names, category_list, hit_list)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).run([.text(r.id.rawValue), .optional(r.version), .text(r.title), .text(r.abstract),
                      .optional(r.comments), .optional(r.journalRef), .optional(r.doi), .optional(r.license),
                      .optional(r.storedPrimaryCategory), .optional(r.published), .optional(r.versionDay),
                      .text(now), .text(now), .double(score.score), .int(score.excluded ? 1 : 0),
                      .optional(DisplayColumns.authorNames(authors)), .optional(DisplayColumns.categoryList(categories)),
                      .optional(DisplayColumns.hitList(score.hits))])
        let rowID = database.lastInsertRowID
        try writeAuthors(authors, paper: rowID)
        try writeCategories(categories, paper: rowID)
        try writeHits(score.hits, paper: rowID)
        let document = IndexDocument(rowID: rowID, title: r.title, abstract: r.abstract,
                                     authors: authors.map(\.name).joined(separator: ", "))
        if let index {
            try index.add(document, to: self)
        } else {
            try indexDocument(document)
        }
        return rowID
    }

    /// A newer version: every field the record has replaces the stored one.
    /// Authors and categories are rewritten only when the record lists some (their display
    /// columns with them, by the `iif` flags); hits always.
    private func replace(_ old: StoredPaper, with r: PaperRecord, score: ScoreResult, now: String, index: IndexBuffer?) throws {
        try index?.flush(to: self)   // the row to remove may be one of those held back
        try unindexDocument(old.rowID)
        let authors = DisplayColumns.storedAuthors(of: r)
        let categories = DisplayColumns.storedCategories(of: r)
        try statement("""
            UPDATE papers SET version = coalesce(?1, version), title = ?2, abstract = ?3,
                comments = coalesce(?4, comments), journal_ref = coalesce(?5, journal_ref), doi = coalesce(?6, doi),
                license = coalesce(?7, license), primary_category = coalesce(?8, primary_category),
                published = coalesce(published, ?9), updated = coalesce(?10, updated), last_seen = ?11,
                score = ?12, excluded = ?13, author_names = iif(?14, ?15, author_names),
                category_list = iif(?16, ?17, category_list), hit_list = ?18
            WHERE id = ?19
            """).run([.optional(r.version), .text(r.title), .text(r.abstract), .optional(r.comments),
                      .optional(r.journalRef), .optional(r.doi), .optional(r.license),
                      .optional(r.storedPrimaryCategory), .optional(r.published),
                      .optional(r.versionDay), .text(now), .double(score.score), .int(score.excluded ? 1 : 0),
                      .int(r.authors.isEmpty ? 0 : 1), .optional(DisplayColumns.authorNames(authors)),
                      .int(r.categories.isEmpty ? 0 : 1), .optional(DisplayColumns.categoryList(categories)),
                      .optional(DisplayColumns.hitList(score.hits)), .int(old.rowID)])
        if !r.authors.isEmpty {
            try statement("DELETE FROM paper_authors WHERE paper_id = ?").run([.int(old.rowID)])
            try writeAuthors(authors, paper: old.rowID)
        }
        if !r.categories.isEmpty {
            try statement("DELETE FROM paper_categories WHERE paper_id = ?").run([.int(old.rowID)])
            try writeCategories(categories, paper: old.rowID)
        }
        try statement("DELETE FROM keyword_hits WHERE paper_id = ?").run([.int(old.rowID)])
        try writeHits(score.hits, paper: old.rowID)
        try indexDocument(old.rowID)
    }

    /// Same or older version: only fields the store lacks are taken. Returns whether anything changed.
    private func fillIn(_ old: StoredPaper, from r: PaperRecord, now: String) throws -> Bool {
        let gains = (old.comments == nil && r.comments != nil) || (old.journalRef == nil && r.journalRef != nil)
            || (old.doi == nil && r.doi != nil) || (old.license == nil && r.license != nil)
            || (old.primaryCategory == nil && r.storedPrimaryCategory != nil)
            || (old.published == nil && r.published != nil)
        guard gains else {
            try statement("UPDATE papers SET last_seen = ? WHERE id = ?").run([.text(now), .int(old.rowID)])
            return false
        }
        try statement("""
            UPDATE papers SET comments = coalesce(comments, ?), journal_ref = coalesce(journal_ref, ?),
                doi = coalesce(doi, ?), license = coalesce(license, ?),
                primary_category = coalesce(primary_category, ?), published = coalesce(published, ?), last_seen = ?
            WHERE id = ?
            """).run([.optional(r.comments), .optional(r.journalRef), .optional(r.doi), .optional(r.license),
                      .optional(r.storedPrimaryCategory), .optional(r.published), .text(now),
                      .int(old.rowID)])
        return true
    }

    private func addAnnouncement(of r: PaperRecord, paper: Int64, runID: Int64?) throws -> Bool {
        guard let type = r.announceType, let day = r.announced else { return false }
        let added = try statement("""
            INSERT INTO announcements (paper_id, day, type, feed, version, run_id) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """).run([.int(paper), .text(day.description), .text(type.rawValue),
                      .text(r.feed ?? r.primaryCategory ?? ""), .optional(r.version), runID.map { .int($0) } ?? .null]) > 0
        if added {
            // The earliest announcement by (day, type), as the display column `first_type` is defined.
            try statement("""
                UPDATE papers SET first_announced = ?1, first_type = ?2
                WHERE id = ?3 AND (first_announced IS NULL OR first_announced > ?1
                                   OR (first_announced = ?1 AND (first_type IS NULL OR first_type > ?2)))
                """).run([.text(day.description), .text(type.rawValue), .int(paper)])
        }
        return added
    }

    /// Writes the ordered author list (`DisplayColumns.storedAuthors`).
    private func writeAuthors(_ authors: [Author], paper: Int64) throws {
        let link = try statement("INSERT INTO paper_authors (paper_id, position, author_id, affiliation) VALUES (?, ?, ?, ?)")
        for (position, author) in authors.enumerated() {
            let affiliation = author.affiliations.isEmpty ? nil : author.affiliations.joined(separator: "; ")
            try link.run([.int(paper), .int(Int64(position)), .int(try authorID(author.name)), .optional(affiliation)])
        }
    }

    private func authorID(_ name: String) throws -> Int64 {
        if let id = authorIDs[name] { return id }
        let id: Int64
        if let existing = try statement("SELECT id FROM authors WHERE name = ?").first([.text(name)], { Int64($0.int(0)) }) {
            id = existing
        } else {
            try statement("INSERT INTO authors (name, folded) VALUES (?, ?)").run([.text(name), .text(name.foldedForSearch)])
            id = database.lastInsertRowID
        }
        if authorIDs.count > 100_000 { authorIDs.removeAll(keepingCapacity: true) }
        authorIDs[name] = id
        return id
    }

    /// Writes `DisplayColumns.storedCategories`: the first is the primary.
    private func writeCategories(_ categories: [String], paper: Int64) throws {
        let insert = try statement("INSERT INTO paper_categories (paper_id, category, is_primary) VALUES (?, ?, ?)")
        for (i, category) in categories.enumerated() {
            try insert.run([.int(paper), .text(category), .int(i == 0 ? 1 : 0)])
        }
    }

    func writeHits(_ hits: [KeywordHit], paper: Int64) throws {
        let insert = try statement("INSERT INTO keyword_hits (paper_id, keyword, field, count) VALUES (?, ?, ?, ?)")
        for hit in hits where hit.count > 0 {
            try insert.run([.int(paper), .text(hit.keyword), .text(hit.field.rawValue), .int(Int64(hit.count))])
        }
    }

    /// Adds the index row for a paper. The text must equal what `paper_documents` yields for it.
    func indexDocument(_ document: IndexDocument) throws {
        try statement("INSERT INTO papers_fts (rowid, title, abstract, authors, summary) VALUES (?, ?, ?, ?, '')")
            .run([.int(document.rowID), .text(document.title), .text(document.abstract), .text(document.authors)])
    }

    /// Re-adds the index row from the stored paper, after its rows were rewritten.
    func indexDocument(_ rowID: Int64) throws {
        try statement("""
            INSERT INTO papers_fts (rowid, title, abstract, authors, summary)
            SELECT id, title, abstract, authors, summary FROM paper_documents WHERE id = ?
            """).run([.int(rowID)])
    }

    /// Removes a paper's index row; an external-content index needs the old values to do so. A row
    /// the search bounds cover is noted as changed: its old words are in the bounds (schema 010).
    func unindexDocument(_ rowID: Int64) throws {
        try statement("""
            INSERT INTO papers_fts (papers_fts, rowid, title, abstract, authors, summary)
            SELECT 'delete', id, title, abstract, authors, summary FROM paper_documents WHERE id = ?
            """).run([.int(rowID)])
        try statement("INSERT OR IGNORE INTO search_bound_changes (rowid) SELECT ? FROM search_bounds WHERE built_through >= ?")
            .run([.int(rowID), .int(rowID)])
    }
}
