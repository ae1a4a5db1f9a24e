/// A tag and how many papers it holds.
public struct TagSummary: Sendable, Equatable {
    public var name: String
    public var papers: Int
    /// Of `papers`, those the store holds (a tag may name a paper not ingested yet).
    public var inStore: Int
    public var createdAt: String
}

/// One paper of a tag.
public struct TaggedPaper: Sendable, Equatable {
    public var arxivID: String
    public var addedAt: String
    public var note: String?
    /// The stored title, nil when the store does not hold the paper.
    public var title: String?
}

extension PaperStore {
    /// Tags `ids` as `tag`, creating the tag when it is new; returns how many were newly tagged
    /// (a paper already tagged keeps its first time and note). One transaction.
    @discardableResult
    public func addTag(_ tag: String, ids: [ArxivID], note: String? = nil, now: String = Timestamp.now()) throws -> Int {
        let name = try TagError.validated(tag)
        return try transaction {
            try statement("INSERT INTO tags (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
                .run([.text(name), .text(now)])
            let tagID = try self.tagID(name)!
            var added = 0
            let insert = try statement("INSERT INTO paper_tags (tag_id, arxiv_id, added_at, note) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
            for id in ids { added += try insert.run([.int(tagID), .text(id.rawValue), .text(now), .optional(note)]) }
            return added
        }
    }

    /// Untags `ids`; returns how many were tagged. Throws `unknownTag` for a tag that does not exist.
    @discardableResult
    public func removeTag(_ tag: String, ids: [ArxivID]) throws -> Int {
        try transaction {
            guard let tagID = try tagID(tag) else { throw TagError.unknownTag(tag) }
            let delete = try statement("DELETE FROM paper_tags WHERE tag_id = ? AND arxiv_id = ?")
            return try ids.reduce(0) { $0 + (try delete.run([.int(tagID), .text($1.rawValue)])) }
        }
    }

    /// Renames a tag, keeping its papers.
    public func renameTag(_ old: String, to new: String) throws {
        let name = try TagError.validated(new)
        try transaction {
            guard let tagID = try tagID(old) else { throw TagError.unknownTag(old) }
            if name == old { return }
            guard try self.tagID(name) == nil else { throw TagError.nameTaken(name) }
            _ = try statement("UPDATE tags SET name = ? WHERE id = ?").run([.text(name), .int(tagID)])
        }
    }

    /// Deletes a tag and its paper rows (not the papers); returns how many papers it held.
    @discardableResult
    public func deleteTag(_ tag: String) throws -> Int {
        try transaction {
            guard let tagID = try tagID(tag) else { throw TagError.unknownTag(tag) }
            let papers = try statement("DELETE FROM paper_tags WHERE tag_id = ?").run([.int(tagID)])
            _ = try statement("DELETE FROM tags WHERE id = ?").run([.int(tagID)])
            return papers
        }
    }

    /// Every tag by name, with its counts.
    public func tags() throws -> [TagSummary] {
        var tags: [TagSummary] = []
        try statement("""
            SELECT t.name, t.created_at, count(pt.arxiv_id),
                   count(pt.arxiv_id) FILTER (WHERE EXISTS (SELECT 1 FROM papers p WHERE p.arxiv_id = pt.arxiv_id))
            FROM tags t LEFT JOIN paper_tags pt ON pt.tag_id = t.id GROUP BY t.id ORDER BY t.name
            """).forEach { row in
            tags.append(TagSummary(name: row.text(0), papers: row.int(2), inStore: row.int(3), createdAt: row.text(1)))
        }
        return tags
    }

    /// The papers of a tag, most recently tagged first, then by ID.
    public func taggedPapers(_ tag: String) throws -> [TaggedPaper] {
        guard let tagID = try tagID(tag) else { throw TagError.unknownTag(tag) }
        var papers: [TaggedPaper] = []
        try statement("""
            SELECT pt.arxiv_id, pt.added_at, pt.note, p.title FROM paper_tags pt LEFT JOIN papers p ON p.arxiv_id = pt.arxiv_id
            WHERE pt.tag_id = ? ORDER BY pt.added_at DESC, pt.arxiv_id
            """).forEach([.int(tagID)]) { row in
            papers.append(TaggedPaper(arxivID: row.text(0), addedAt: row.text(1), note: row.optionalText(2), title: row.optionalText(3)))
        }
        return papers
    }

    /// The versionless IDs of a tag's papers, sorted.
    public func taggedIDs(_ tag: String) throws -> [ArxivID] {
        try taggedPapers(tag).compactMap { ArxivID($0.arxivID) }.sorted()
    }

    /// Which of `ids` the store holds.
    public func storedIDs(_ ids: [ArxivID]) throws -> Set<ArxivID> {
        let lookup = try statement("SELECT 1 FROM papers WHERE arxiv_id = ?")
        var found = Set<ArxivID>()
        for id in ids where try lookup.first([.text(id.rawValue)], { _ in true }) != nil { found.insert(id) }
        return found
    }

    /// The papers of any of `tags` (a union, each once): the positives of `recommend --tag`.
    /// Throws `TagError.unknownTag` for a tag that does not exist.
    public func taggedIDs(anyOf tags: [String]) throws -> [ArxivID] {
        try requireTags(tags)
        var seen = Set<ArxivID>()
        return try tags.flatMap { try taggedIDs($0) }.filter { seen.insert($0).inserted }
    }

    /// Throws `TagError.unknownTag` (exit 66) for the first of `names` that is no tag, so a
    /// filter by a misspelt tag says so instead of finding nothing.
    public func requireTags(_ names: [String]) throws {
        for name in names where try tagID(name) == nil { throw TagError.unknownTag(name) }
    }

    private func tagID(_ name: String) throws -> Int64? {
        try statement("SELECT id FROM tags WHERE name = ?").first([.text(name)]) { Int64($0.int(0)) }
    }
}

extension PaperStore {
    /// The stored papers whose title, under `TitleKey.normalize`, is one of `keys`: key to ID.
    /// One pass over the titles, run only for entries without an arXiv ID; a title two papers
    /// share goes to the older one. Folding a title is the costly part, so a title whose first
    /// word is plain ASCII and starts none of the keys is passed over without it.
    public func arxivIDs(forTitleKeys keys: Set<String>) throws -> [String: ArxivID] {
        guard !keys.isEmpty else { return [:] }
        let firstWords = Set(keys.map { Array($0.utf8.prefix { $0 != 0x20 }) })
        var found: [String: ArxivID] = [:]
        try statement("SELECT arxiv_id, title FROM papers ORDER BY id").forEach { row in
            let title = row.text(1)
            if let word = TitleKey.asciiFirstWord(title), !firstWords.contains(word) { return }
            let key = TitleKey.normalize(title)
            guard keys.contains(key), found[key] == nil, let id = ArxivID(row.text(0)) else { return }
            found[key] = id
        }
        return found
    }
}
