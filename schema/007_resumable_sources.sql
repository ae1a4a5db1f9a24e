-- Bulk imports commit in batches: a source's resume point is rewritten in the same transaction
-- as each batch, so a run killed at any moment resumes after its last commit. The point is kept
-- only while the source is unfinished, and only with the identity of the file it was read from,
-- so a file that changed (a finished download, another snapshot) is never resumed by mistake.

CREATE TABLE source_positions (
    source       TEXT PRIMARY KEY,              -- the file, as ingest_runs.source names it
    file_size    INTEGER NOT NULL,
    file_mtime   INTEGER NOT NULL,              -- nanoseconds since 1970
    head_hash    TEXT NOT NULL,                 -- FNV-1a 64 of the first MiB, hex
    records      INTEGER NOT NULL,              -- records read (stored or skipped) before the point
    line         INTEGER NOT NULL,              -- the line the point is after
    byte_offset  INTEGER,                       -- JSON lines: where the next line starts; XML: NULL
    papers       INTEGER NOT NULL DEFAULT 0,    -- records stored before the point
    skipped      INTEGER NOT NULL DEFAULT 0,    -- records skipped before the point
    run_id       INTEGER REFERENCES ingest_runs (id) ON DELETE SET NULL,
    committed_at TEXT NOT NULL
);

-- The process that runs the row (a row left 'running' by a process that is gone was
-- interrupted), and the records a run skipped: how many, and the first reasons as file:line.
ALTER TABLE ingest_runs ADD COLUMN pid INTEGER;
ALTER TABLE ingest_runs ADD COLUMN records_skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ingest_runs ADD COLUMN skip_reasons TEXT;   -- one per line, at most 20

-- A rescore commits in batches too: how far it got, and under which keywords, so an interrupted
-- rescore continues with the same keywords and starts over with others. One row at most.
CREATE TABLE rescore_state (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    keywords          TEXT NOT NULL,                -- Scorer.fingerprint: match mode and both keyword lists
    last_paper        INTEGER NOT NULL,             -- papers.id of the last paper rescored
    papers            INTEGER NOT NULL,             -- counts so far
    score_changed     INTEGER NOT NULL,
    exclusion_changed INTEGER NOT NULL,
    started_at        TEXT NOT NULL,
    committed_at      TEXT NOT NULL
);
