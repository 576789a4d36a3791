-- History that does not slow the present: counts kept on write, an index for every list filter, and a text
-- index over inputs. Same semantics as the SQLite store's 0007_history. Built from the rows already there, so an
-- existing database upgrades in place.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Jobs per (type, status, owner) = job_counts + job_count_deltas; '' owns jobs without an owner.
-- Writers only ever INSERT deltas (one row per key a statement changed): no row is shared by two writers, so
-- nodes never wait on each other for a count. Now and then a writer folds the deltas into job_counts under a
-- try-lock (the fold never waits either). Readers sum both tables in one statement: one snapshot sees a fold
-- whole or not at all.
CREATE TABLE job_counts (
  type   text   NOT NULL,
  status text   NOT NULL,
  owner  text   NOT NULL,
  n      bigint NOT NULL,
  PRIMARY KEY (type, status, owner)
);

CREATE TABLE job_count_deltas (
  type   text   NOT NULL,
  status text   NOT NULL,
  owner  text   NOT NULL,
  n      bigint NOT NULL
);

INSERT INTO job_counts (type, status, owner, n)
SELECT type, status, COALESCE(owner, ''), COUNT(*) FROM jobs GROUP BY type, status, COALESCE(owner, '');

-- Text inside inputs: the input's string values (decoded: no JSON escapes; keys and numbers are not text), one
-- per line, ASCII-case folded (the only folding the search has), with a trigram index for LIKE. Its own table:
-- a job's status change moves its row (new entries in every index of jobs); this index is written once per job,
-- and again only when the input really changes.
CREATE FUNCTION mj_search_text(input text) RETURNS text LANGUAGE sql IMMUTABLE AS $text$
  SELECT translate(COALESCE(string_agg(v #>> '{}', E'\n'), ''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
  FROM jsonb_path_query(input::jsonb, 'strict $.**') AS v
  WHERE jsonb_typeof(v) = 'string'
$text$;

CREATE TABLE job_search (
  id     text NOT NULL PRIMARY KEY,
  folded text NOT NULL
);

INSERT INTO job_search (id, folded) SELECT id, mj_search_text(input) FROM jobs;

CREATE INDEX ix_job_search_folded ON job_search USING gin (folded gin_trgm_ops);

-- Folds the deltas into job_counts when no other transaction is folding ("MJ-CNTS" advisory key).
CREATE FUNCTION mj_fold_job_counts() RETURNS void LANGUAGE plpgsql AS $fold$
BEGIN
  IF pg_try_advisory_xact_lock(21755131469911123) THEN
    WITH moved AS (DELETE FROM job_count_deltas RETURNING type, status, owner, n)
    INSERT INTO job_counts (type, status, owner, n)
    SELECT type, status, owner, SUM(n) FROM moved GROUP BY type, status, owner ORDER BY type, status, owner
    ON CONFLICT (type, status, owner) DO UPDATE SET n = job_counts.n + excluded.n;
  END IF;
END
$fold$;

-- Statement-level: a multi-row INSERT, UPDATE or DELETE adds one delta row per key it changed, not one per job.
CREATE FUNCTION mj_jobs_inserted() RETURNS trigger LANGUAGE plpgsql AS $ins$
BEGIN
  INSERT INTO job_count_deltas (type, status, owner, n)
  SELECT type, status, COALESCE(owner, ''), COUNT(*) FROM new_rows GROUP BY type, status, COALESCE(owner, '');
  INSERT INTO job_search (id, folded)
  SELECT id, mj_search_text(input) FROM new_rows;
  IF random() < 0.02 THEN
    PERFORM mj_fold_job_counts();
  END IF;
  RETURN NULL;
END
$ins$;

CREATE FUNCTION mj_jobs_deleted() RETURNS trigger LANGUAGE plpgsql AS $del$
BEGIN
  INSERT INTO job_count_deltas (type, status, owner, n)
  SELECT type, status, COALESCE(owner, ''), -COUNT(*) FROM old_rows GROUP BY type, status, COALESCE(owner, '');
  DELETE FROM job_search s USING old_rows o WHERE s.id = o.id;
  IF random() < 0.02 THEN
    PERFORM mj_fold_job_counts();
  END IF;
  RETURN NULL;
END
$del$;

CREATE FUNCTION mj_jobs_updated() RETURNS trigger LANGUAGE plpgsql AS $upd$
BEGIN
  INSERT INTO job_count_deltas (type, status, owner, n)
  SELECT k.type, k.status, k.owner, SUM(k.n) FROM (
    SELECT o.type, o.status, COALESCE(o.owner, '') AS owner, -1 AS n
    FROM old_rows o JOIN new_rows w ON w.id = o.id
    WHERE (o.type, o.status, o.owner) IS DISTINCT FROM (w.type, w.status, w.owner)
    UNION ALL
    SELECT w.type, w.status, COALESCE(w.owner, ''), 1
    FROM old_rows o JOIN new_rows w ON w.id = o.id
    WHERE (o.type, o.status, o.owner) IS DISTINCT FROM (w.type, w.status, w.owner)
  ) AS k GROUP BY k.type, k.status, k.owner HAVING SUM(k.n) <> 0;
  UPDATE job_search s SET folded = mj_search_text(w.input)
  FROM old_rows o JOIN new_rows w ON w.id = o.id
  WHERE s.id = w.id AND o.input IS DISTINCT FROM w.input;
  IF random() < 0.02 THEN
    PERFORM mj_fold_job_counts();
  END IF;
  RETURN NULL;
END
$upd$;

CREATE TRIGGER jobs_inserted AFTER INSERT ON jobs REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION mj_jobs_inserted();
CREATE TRIGGER jobs_deleted AFTER DELETE ON jobs REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION mj_jobs_deleted();
CREATE TRIGGER jobs_updated AFTER UPDATE ON jobs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION mj_jobs_updated();

-- Every list filter walks an index in creation order (either way) and stops at the page's end.
CREATE INDEX ix_jobs_status_created ON jobs (status, created_utc, id);
CREATE INDEX ix_jobs_type_created ON jobs (type, created_utc, id);
CREATE INDEX ix_jobs_type_status_created ON jobs (type, status, created_utc, id);
CREATE INDEX ix_jobs_owner_status_created ON jobs (owner, status, created_utc, id);
CREATE INDEX ix_jobs_batch_created ON jobs (batch_id, created_utc, id);
DROP INDEX ix_jobs_batch;
DROP INDEX ix_jobs_status;
