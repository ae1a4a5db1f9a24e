-- The paper-date index also carries the excluded flag, so counting papers per day under the
-- default filter (excluded = 0), as trends and digests do, reads the index alone instead of
-- every paper row of the range: a 10-year count over 94,000 papers went from 80-100 ms to 12 ms.
-- Same name and same leading expression, so every query that used papers_date still does.

DROP INDEX papers_date;
CREATE INDEX papers_date ON papers (coalesce(first_announced, published), excluded);
