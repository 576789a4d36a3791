-- Every node that ever started on this database: what it runs and when it last beat.
CREATE TABLE nodes (
  name          TEXT NOT NULL PRIMARY KEY,
  host          TEXT NOT NULL,
  process_id    INTEGER NOT NULL,
  version       TEXT NOT NULL,
  worker_id     TEXT NOT NULL,
  started_utc   TEXT NOT NULL,
  heartbeat_utc TEXT NOT NULL,
  job_types     TEXT NOT NULL DEFAULT '{}',
  capabilities  TEXT NOT NULL DEFAULT '[]'
);
