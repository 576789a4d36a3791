-- Finishes per minute (GET /api/stats/finished-per-minute) from an index, never a page of jobs: only succeeded and
-- failed jobs are in it, so a job enters it once, when it finishes.
CREATE INDEX ix_jobs_finished ON jobs (ended_utc, status, owner) WHERE status IN ('Succeeded', 'Failed');
