-- Full-text index over title, abstract and authors. External content: the text lives once, in
-- papers/authors; the index reads it back through paper_documents for snippets and 'rebuild'.
-- The store writes index rows itself in the same transaction as the paper row (a trigger
-- would cost 2.5x the ingest time), so paper_documents must produce exactly what it writes.

CREATE VIEW paper_documents AS
SELECT p.id AS id,
       p.title AS title,
       p.abstract AS abstract,
       coalesce((SELECT group_concat(name, ', ')
                 FROM (SELECT a.name AS name
                       FROM paper_authors pa JOIN authors a ON a.id = pa.author_id
                       WHERE pa.paper_id = p.id
                       ORDER BY pa.position)), '') AS authors
FROM papers p;

CREATE VIRTUAL TABLE papers_fts USING fts5 (
    title, abstract, authors,
    content = 'paper_documents',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
