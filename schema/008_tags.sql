-- The user's library: named lists of papers. A tag row names the list; paper_tags holds its
-- papers by versionless arXiv ID (2601.03043, hep-th/9901001), not by papers.id, so a tag
-- survives re-ingest, rescore and new versions, and may name a paper the store has not seen yet.

CREATE TABLE tags (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE paper_tags (
    tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    arxiv_id TEXT NOT NULL,                      -- versionless, as papers.arxiv_id
    added_at TEXT NOT NULL,
    note     TEXT,
    PRIMARY KEY (tag_id, arxiv_id)
) WITHOUT ROWID;
CREATE INDEX paper_tags_arxiv_id ON paper_tags (arxiv_id);
