-- Upper bounds on the bm25 weight of each common word in each block of index rows, which let a
-- relevance search score only the blocks that can still reach its page (docs/architecture.md,
-- "Pruned top-k search"). Built from the FTS5 index itself after an ingest (`SearchBoundsBuilder`),
-- never written by hand; a store without a row in search_bounds searches exhaustively.

-- The one build the rows below belong to.
CREATE TABLE search_bounds (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    built_through  INTEGER NOT NULL,   -- the highest index rowid the build covers
    row_count      INTEGER NOT NULL,   -- index rows at the build
    average_length REAL NOT NULL,      -- tokens per row at the build (bm25's avgdl)
    block_size     INTEGER NOT NULL,   -- rowids per block: block k is k*block_size ... (k+1)*block_size - 1
    min_documents  INTEGER NOT NULL,   -- words in fewer rows have no bounds
    built_at       TEXT NOT NULL,
    seconds        REAL NOT NULL       -- how long the build took
);

-- One row per word (an FTS5 token: a porter stem) in at least min_documents rows.
CREATE TABLE search_bound_terms (
    term      TEXT NOT NULL UNIQUE,
    documents INTEGER NOT NULL,        -- rows holding the word at the build
    bounds    BLOB NOT NULL            -- a little-endian double per block: the largest bm25 saturation there, 0 where absent
);

-- Index rows at or below built_through rewritten (or removed) since the build: searches score
-- them directly and count documents afresh, so the bounds never have to be right about them.
CREATE TABLE search_bound_changes (
    rowid INTEGER PRIMARY KEY
);
