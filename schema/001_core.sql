-- The history: papers, who wrote them, where they are filed, when arXiv announced them,
-- how they scored, and a ledger of every ingest.
-- Dates are ISO days (YYYY-MM-DD); timestamps are ISO 8601 UTC.

CREATE TABLE papers (
    id               INTEGER PRIMARY KEY,
    arxiv_id         TEXT NOT NULL UNIQUE,          -- versionless: 2601.03043, hep-th/9901001
    version          INTEGER,                       -- latest version we have seen
    title            TEXT NOT NULL,
    abstract         TEXT NOT NULL,
    comments         TEXT,
    journal_ref      TEXT,
    doi              TEXT,
    license          TEXT,
    primary_category TEXT,
    published        TEXT,                          -- v1 submission day
    updated          TEXT,                          -- latest version's day
    first_announced  TEXT,                          -- earliest announcement day we recorded
    first_seen       TEXT NOT NULL,
    last_seen        TEXT NOT NULL,
    score            REAL NOT NULL DEFAULT 0,       -- under the configuration of the last (re)score
    excluded         INTEGER NOT NULL DEFAULT 0     -- an exclude keyword matched
);
-- The date a paper is filed under: its first announcement, else its v1 day.
CREATE INDEX papers_date ON papers (coalesce(first_announced, published));
CREATE INDEX papers_score ON papers (score);

CREATE TABLE authors (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    folded TEXT NOT NULL                            -- lowercased, diacritics removed: author search
);

CREATE TABLE paper_authors (
    paper_id    INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    author_id   INTEGER NOT NULL REFERENCES authors (id),
    affiliation TEXT,                               -- "; "-joined when there are several
    PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;
CREATE INDEX paper_authors_author ON paper_authors (author_id);

CREATE TABLE paper_categories (
    paper_id   INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    category   TEXT NOT NULL,
    is_primary INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (paper_id, category)
) WITHOUT ROWID;
CREATE INDEX paper_categories_category ON paper_categories (category, paper_id);

CREATE TABLE ingest_runs (
    id                INTEGER PRIMARY KEY,
    started_at        TEXT NOT NULL,
    finished_at       TEXT,
    source            TEXT NOT NULL,                -- URL or file path
    format            TEXT,                         -- rss, atom, api, oai, jsonl
    status            TEXT NOT NULL DEFAULT 'running'
                      CHECK (status IN ('running', 'ok', 'not-modified', 'failed')),
    http_status       INTEGER,
    etag              TEXT,
    last_modified     TEXT,
    feed_date         TEXT,                         -- the feed's lastBuildDate / responseDate
    announced         TEXT,                         -- the announcement day a daily feed covers
    records_seen      INTEGER NOT NULL DEFAULT 0,
    papers_new        INTEGER NOT NULL DEFAULT 0,
    papers_updated    INTEGER NOT NULL DEFAULT 0,
    announcements_new INTEGER NOT NULL DEFAULT 0,
    error             TEXT
);
CREATE INDEX ingest_runs_source ON ingest_runs (source, id);

-- One row per (paper, day, type): a paper announced new on Monday and replaced on Thursday
-- has two rows; seeing the same announcement again (another feed, a re-ingest) adds nothing.
CREATE TABLE announcements (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    day      TEXT NOT NULL,
    type     TEXT NOT NULL CHECK (type IN ('new', 'cross', 'replace', 'replace-cross')),
    feed     TEXT NOT NULL,                         -- the feed that first showed it: cs.AI or cs.AI+cs.CL
    version  INTEGER,
    run_id   INTEGER REFERENCES ingest_runs (id) ON DELETE SET NULL,
    PRIMARY KEY (paper_id, day, type)
) WITHOUT ROWID;
CREATE INDEX announcements_day ON announcements (day, type);

-- Why a paper scored: one row per keyword and field, rewritten by every (re)score.
CREATE TABLE keyword_hits (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    keyword  TEXT NOT NULL,
    field    TEXT NOT NULL CHECK (field IN ('title', 'abstract')),
    count    INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (paper_id, keyword, field)
) WITHOUT ROWID;
CREATE INDEX keyword_hits_keyword ON keyword_hits (keyword);
