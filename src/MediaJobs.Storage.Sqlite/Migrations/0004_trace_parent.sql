-- Numbered 0004: 0003 is taken by the nodes table of the PostgreSQL work (s3-postgres) landing beside it.
-- The W3C traceparent a job was submitted under (NULL when none): each run continues that trace.
ALTER TABLE jobs ADD COLUMN trace_parent TEXT;
