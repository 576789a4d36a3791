-- Counts and search rows kept by the writes themselves: every statement that changes jobs (the writer's multi-row
-- commit, claim, submit and the delete) adds its own count deltas and search rows in the same statement (see
-- PgJobCounts). The statement-level triggers of 0006 fired on every UPDATE of jobs, lease renewals included, and
-- copied both transition tables each time; they go, and so do the delta rows they appended: the writes run under
-- the event-log lock, one after another, so they add to job_counts directly without waiting on each other.

-- No write of jobs between the last delta and the drop (a node still on the old code would otherwise miss one).
LOCK TABLE jobs IN SHARE ROW EXCLUSIVE MODE;

DROP TRIGGER jobs_inserted ON jobs;
DROP TRIGGER jobs_deleted ON jobs;
DROP TRIGGER jobs_updated ON jobs;
DROP FUNCTION mj_jobs_inserted();
DROP FUNCTION mj_jobs_deleted();
DROP FUNCTION mj_jobs_updated();

INSERT INTO job_counts (type, status, owner, n)
SELECT type, status, owner, SUM(n) FROM job_count_deltas GROUP BY type, status, owner ORDER BY type, status, owner
ON CONFLICT (type, status, owner) DO UPDATE SET n = job_counts.n + excluded.n;

DROP FUNCTION mj_fold_job_counts();
DROP TABLE job_count_deltas;
DELETE FROM job_counts WHERE n = 0;

-- Room in each page for a job's next version: a commit that moves no indexed column (the "step started" commit of a
-- running job) is then a HOT update, with no new entry in any of the ten indexes of jobs. New pages only; finished
-- jobs are written once and keep the room unused.
ALTER TABLE jobs SET (fillfactor = 80);

-- No statement reads jobs by lease expiry (recovery lists the Running jobs through ix_jobs_status_created and checks
-- their leases itself); without this index a lease renewal, which moves only the expiry, can be a HOT update too.
DROP INDEX ix_jobs_running;
