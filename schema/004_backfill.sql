-- Backfill jobs: how far the harvest of a date range has come. The row is rewritten in the same
-- transaction as each page's papers, so an interrupted backfill resumes at the last committed page.

CREATE TABLE backfill_state (
    job          TEXT PRIMARY KEY,              -- via, range and scope, e.g. "oai 2026-01-01..2026-01-31 sets=cs categories=cs.AI,cs.CL"
    via          TEXT NOT NULL CHECK (via IN ('oai', 'api')),
    from_day     TEXT NOT NULL,
    to_day       TEXT NOT NULL,
    categories   TEXT NOT NULL,                 -- space-separated configured categories
    sets         TEXT NOT NULL DEFAULT '',      -- OAI: sets (archives), space-separated
    set_index    INTEGER NOT NULL DEFAULT 0,    -- OAI: the set being harvested
    next_token   TEXT,                          -- OAI: resumptionToken to send next; NULL = start of the set
    windows      TEXT NOT NULL DEFAULT '',      -- API: date windows left, "YYYYMMDDHHMM-YYYYMMDDHHMM ...", current first
    next_start   INTEGER NOT NULL DEFAULT 0,    -- API: start index within the current window
    pages_done   INTEGER NOT NULL DEFAULT 0,
    records_done INTEGER NOT NULL DEFAULT 0,    -- records kept (in the configured categories)
    started_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    finished_at  TEXT                           -- set with the last page
);

-- Daily feeds: the feed a run covered (cs.AI+cs.CL), so an empty feed still shows which
-- categories were checked. Backfill pages: the job they belong to.
ALTER TABLE ingest_runs ADD COLUMN feed TEXT;
ALTER TABLE ingest_runs ADD COLUMN job TEXT;
