-- Timestamps are timestamptz (microseconds). JSON columns are text: the exact System.Text.Json
-- output (camelCase, enums as strings), never reordered.

CREATE TABLE jobs (
  id                text             NOT NULL PRIMARY KEY,
  type              text             NOT NULL,
  preset            text             NOT NULL,
  status            text             NOT NULL,
  priority          integer          NOT NULL DEFAULT 0,
  queue_order       bigint           NOT NULL,
  batch_id          text,
  owner             text,
  correlation_id    text             NOT NULL DEFAULT '',
  attempt           integer          NOT NULL DEFAULT 0,
  max_attempts      integer          NOT NULL DEFAULT 3,
  cancel_requested  boolean          NOT NULL DEFAULT false,
  created_utc       timestamptz      NOT NULL,
  started_utc       timestamptz,
  ended_utc         timestamptz,
  run_after_utc     timestamptz,
  lease_owner       text,
  lease_expires_utc timestamptz,
  progress_pct      double precision NOT NULL DEFAULT 0,
  message           text,
  bytes_saved       bigint           NOT NULL DEFAULT 0,
  version           bigint           NOT NULL DEFAULT 1,
  input             text             NOT NULL DEFAULT '{}',
  options           text             NOT NULL DEFAULT '{}',
  steps             text             NOT NULL DEFAULT '[]',
  output            text             NOT NULL DEFAULT '[]',
  results           text             NOT NULL DEFAULT '{}',
  warnings          text             NOT NULL DEFAULT '[]',
  errors            text             NOT NULL DEFAULT '[]',
  webhook           text
);

-- Queue positions: new jobs take the next one; a job moved to the front takes a negative one below all.
CREATE SEQUENCE jobs_queue_order_seq;
CREATE SEQUENCE jobs_front_order_seq;

-- The claim: WHERE status = 'Queued' AND type = $ ORDER BY priority DESC, queue_order, partial so it stays small.
CREATE INDEX ix_jobs_claim ON jobs (type, priority DESC, queue_order) WHERE status = 'Queued';
-- Lease recovery and the running list.
CREATE INDEX ix_jobs_running ON jobs (lease_expires_utc) WHERE status = 'Running';
CREATE INDEX ix_jobs_status ON jobs (status);
CREATE INDEX ix_jobs_created ON jobs (created_utc DESC, id DESC);
CREATE INDEX ix_jobs_owner_created ON jobs (owner, created_utc DESC, id DESC);
CREATE INDEX ix_jobs_batch ON jobs (batch_id);

-- Ids come from the sequence, but only under the event-log advisory lock held to commit
-- (see PostgresJobStore.Events.cs): transactions that append events commit in id order, so a
-- reader that has seen id N never finds a smaller id later. Ids are never reused.
CREATE SEQUENCE job_events_id_seq;
CREATE TABLE job_events (
  id            bigint      NOT NULL PRIMARY KEY,
  job_id        text        NOT NULL,
  type          text        NOT NULL,
  level         text        NOT NULL,
  message       text        NOT NULL,
  payload       text        NOT NULL DEFAULT '{}',
  timestamp_utc timestamptz NOT NULL
);
CREATE INDEX ix_job_events_job ON job_events (job_id, id);

-- The newest committed event id (also after its event was deleted), written under the same lock.
CREATE TABLE event_head (
  only_row boolean NOT NULL PRIMARY KEY DEFAULT true CHECK (only_row),
  last_id  bigint  NOT NULL
);
INSERT INTO event_head (only_row, last_id) VALUES (true, 0);

CREATE TABLE batches (
  id          text        NOT NULL PRIMARY KEY,
  name        text        NOT NULL,
  owner       text,
  created_utc timestamptz NOT NULL
);

CREATE TABLE settings (
  key   text NOT NULL PRIMARY KEY,
  value text NOT NULL
);

-- The identity a data folder's marker file must match (one database, one shared data folder).
INSERT INTO settings (key, value) VALUES ('store_id', gen_random_uuid()::text);

-- The webhook outbox: one row per (event, url); filling it twice inserts nothing new.
CREATE TABLE webhook_deliveries (
  id               text        NOT NULL PRIMARY KEY,
  job_id           text        NOT NULL,
  event_id         bigint      NOT NULL,
  kind             text        NOT NULL,
  url              text        NOT NULL,
  token            text,
  payload          text        NOT NULL,
  status           text        NOT NULL,
  attempts         integer     NOT NULL DEFAULT 0,
  next_attempt_utc timestamptz,
  last_status_code integer,
  last_error       text,
  created_utc      timestamptz NOT NULL,
  completed_utc    timestamptz,
  UNIQUE (event_id, url)
);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_utc, event_id) WHERE status = 'Pending';
CREATE INDEX ix_webhook_deliveries_job ON webhook_deliveries (job_id, event_id);
INSERT INTO settings (key, value) VALUES ('webhook_cursor', '0');

-- The webhook signing secret, made here once so nodes starting at once never race to make two
-- (32 bytes from two v4 UUIDs: 244 random bits).
INSERT INTO settings (key, value) VALUES ('webhook_secret',
  'whsec_' || encode(decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), 'base64'));
