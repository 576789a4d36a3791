-- History that does not slow the present: counts kept on write, an index for every list filter, and a text
-- index over inputs. Built from the rows already there, so an existing database upgrades in place.

-- Jobs per (type, status, owner); '' owns jobs without an owner. Kept by the triggers below (one writer: no
-- contention), read instead of counting jobs.
CREATE TABLE job_counts (
  type   TEXT    NOT NULL,
  status TEXT    NOT NULL,
  owner  TEXT    NOT NULL,
  n      INTEGER NOT NULL,
  PRIMARY KEY (type, status, owner)
) WITHOUT ROWID;

INSERT INTO job_counts (type, status, owner, n)
SELECT type, status, COALESCE(owner, ''), COUNT(*) FROM jobs GROUP BY type, status, COALESCE(owner, '');

CREATE TRIGGER jobs_counted_insert AFTER INSERT ON jobs
BEGIN
  INSERT INTO job_counts (type, status, owner, n) VALUES (new.type, new.status, COALESCE(new.owner, ''), 1)
  ON CONFLICT (type, status, owner) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER jobs_counted_delete AFTER DELETE ON jobs
BEGIN
  UPDATE job_counts SET n = n - 1 WHERE type = old.type AND status = old.status AND owner = COALESCE(old.owner, '');
END;

CREATE TRIGGER jobs_counted_update AFTER UPDATE OF type, status, owner ON jobs
WHEN old.type IS NOT new.type OR old.status IS NOT new.status OR old.owner IS NOT new.owner
BEGIN
  UPDATE job_counts SET n = n - 1 WHERE type = old.type AND status = old.status AND owner = COALESCE(old.owner, '');
  INSERT INTO job_counts (type, status, owner, n) VALUES (new.type, new.status, COALESCE(new.owner, ''), 1)
  ON CONFLICT (type, status, owner) DO UPDATE SET n = n + 1;
END;

-- Every list filter walks an index in creation order (either way) and stops at the page's end.
CREATE INDEX ix_jobs_status_created ON jobs (status, created_utc, id);
CREATE INDEX ix_jobs_type_created ON jobs (type, created_utc, id);
CREATE INDEX ix_jobs_type_status_created ON jobs (type, status, created_utc, id);
CREATE INDEX ix_jobs_owner_status_created ON jobs (owner, status, created_utc, id);
CREATE INDEX ix_jobs_batch_created ON jobs (batch_id, created_utc, id);
DROP INDEX ix_jobs_batch;

-- Text inside inputs: the input's string values (decoded: no JSON escapes; keys and numbers are not text), one
-- per line, in 3-character grams (the index folds every case; the query rechecks ASCII case on the copy kept
-- here). Keyed by the job row's rowid, and carrying the job id, which the search returns. Kept by triggers; an
-- input rewritten with the same text changes nothing.
CREATE VIRTUAL TABLE jobs_fts USING fts5(id UNINDEXED, text, tokenize = 'trigram');

INSERT INTO jobs_fts (rowid, id, text)
SELECT rowid, id, (SELECT COALESCE(group_concat(t.value, char(10)), '') FROM json_tree(jobs.input) AS t WHERE t.type = 'text') FROM jobs;

CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs
BEGIN
  INSERT INTO jobs_fts (rowid, id, text) VALUES (new.rowid, new.id, (SELECT COALESCE(group_concat(value, char(10)), '') FROM json_tree(new.input) WHERE type = 'text'));
END;

CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs
BEGIN
  DELETE FROM jobs_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER jobs_fts_update AFTER UPDATE OF input ON jobs
WHEN old.input IS NOT new.input
BEGIN
  UPDATE jobs_fts SET text = (SELECT COALESCE(group_concat(value, char(10)), '') FROM json_tree(new.input) WHERE type = 'text') WHERE rowid = new.rowid;
END;
