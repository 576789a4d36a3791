-- Timestamps are UTC text 'yyyy-MM-ddTHH:mm:ss.fffffffZ' (fixed width: sorts and compares as text).
-- JSON columns hold camelCase System.Text.Json with enums as strings.

CREATE TABLE jobs (
  id                TEXT    NOT NULL PRIMARY KEY,
  type              TEXT    NOT NULL,
  preset            TEXT    NOT NULL,
  status            TEXT    NOT NULL,
  priority          INTEGER NOT NULL DEFAULT 0,
  queue_order       INTEGER NOT NULL,
  batch_id          TEXT,
  owner             TEXT,
  correlation_id    TEXT    NOT NULL DEFAULT '',
  attempt           INTEGER NOT NULL DEFAULT 0,
  max_attempts      INTEGER NOT NULL DEFAULT 3,
  cancel_requested  INTEGER NOT NULL DEFAULT 0,
  created_utc       TEXT    NOT NULL,
  started_utc       TEXT,
  ended_utc         TEXT,
  run_after_utc     TEXT,
  lease_owner       TEXT,
  lease_expires_utc TEXT,
  progress_pct      REAL    NOT NULL DEFAULT 0,
  message           TEXT,
  bytes_saved       INTEGER NOT NULL DEFAULT 0,
  version           INTEGER NOT NULL DEFAULT 1,
  input             TEXT    NOT NULL DEFAULT '{}',
  options           TEXT    NOT NULL DEFAULT '{}',
  steps             TEXT    NOT NULL DEFAULT '[]',
  output            TEXT    NOT NULL DEFAULT '[]',
  results           TEXT    NOT NULL DEFAULT '{}',
  warnings          TEXT    NOT NULL DEFAULT '[]',
  errors            TEXT    NOT NULL DEFAULT '[]'
);

-- The claim: WHERE status = 'Queued' AND type = ? ORDER BY priority DESC, queue_order ASC.
CREATE INDEX ix_jobs_claim ON jobs (status, type, priority DESC, queue_order ASC);
-- MIN/MAX(queue_order) for enqueue and move-to-front.
CREATE INDEX ix_jobs_queue_order ON jobs (queue_order);
-- Lists: newest first, optionally by owner or batch.
CREATE INDEX ix_jobs_created ON jobs (created_utc DESC, id DESC);
CREATE INDEX ix_jobs_owner_created ON jobs (owner, created_utc DESC, id DESC);
CREATE INDEX ix_jobs_batch ON jobs (batch_id);

-- AUTOINCREMENT: ids are store-wide, strictly increasing and never reused, even after deletes.
CREATE TABLE job_events (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  job_id        TEXT    NOT NULL,
  type          TEXT    NOT NULL,
  level         TEXT    NOT NULL,
  message       TEXT    NOT NULL,
  payload       TEXT    NOT NULL DEFAULT '{}',
  timestamp_utc TEXT    NOT NULL
);

CREATE INDEX ix_job_events_job ON job_events (job_id, id);

CREATE TABLE batches (
  id          TEXT NOT NULL PRIMARY KEY,
  name        TEXT NOT NULL,
  owner       TEXT,
  created_utc TEXT NOT NULL
);

CREATE TABLE counters (
  name  TEXT    NOT NULL PRIMARY KEY,
  value INTEGER NOT NULL
);

CREATE TABLE settings (
  key   TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
);
