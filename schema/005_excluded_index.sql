-- The few excluded papers, indexed on their own: a search leaves them out of the ranked full-text
-- matches with `rowid NOT IN (SELECT id FROM papers WHERE excluded = 1)`, which reads this small
-- index instead of scanning every paper or looking up each match (see PaperStore.search).
CREATE INDEX papers_excluded ON papers (id) WHERE excluded = 1;
