-- Every node that ever started on this database: what it runs and when it last beat.
CREATE TABLE nodes (
  name          text        NOT NULL PRIMARY KEY,
  host          text        NOT NULL,
  process_id    integer     NOT NULL,
  version       text        NOT NULL,
  worker_id     text        NOT NULL,
  started_utc   timestamptz NOT NULL,
  heartbeat_utc timestamptz NOT NULL,
  job_types     text        NOT NULL DEFAULT '{}',
  capabilities  text        NOT NULL DEFAULT '[]'
);
