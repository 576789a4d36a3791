-- Webhooks: the job's target, and the durable outbox the dispatcher fills from the event log.

-- JSON {url, token, clientJobId}, NULL when the job has no webhook.
ALTER TABLE jobs ADD COLUMN webhook TEXT;

-- One row per (event, url): filling the outbox twice inserts nothing new.
CREATE TABLE webhook_deliveries (
  id               TEXT    NOT NULL PRIMARY KEY,
  job_id           TEXT    NOT NULL,
  event_id         INTEGER NOT NULL,
  kind             TEXT    NOT NULL,
  url              TEXT    NOT NULL,
  token            TEXT,
  payload          TEXT    NOT NULL,
  status           TEXT    NOT NULL,
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_utc TEXT,
  last_status_code INTEGER,
  last_error       TEXT,
  created_utc      TEXT    NOT NULL,
  completed_utc    TEXT,
  UNIQUE (event_id, url)
);

-- The delivery claim: WHERE status = 'Pending' AND next_attempt_utc <= now ORDER BY next_attempt_utc.
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (status, next_attempt_utc);
CREATE INDEX ix_webhook_deliveries_job ON webhook_deliveries (job_id, event_id);

-- The fill cursor starts at the end of the existing log: older jobs have no webhooks.
INSERT INTO settings (key, value)
SELECT 'webhook_cursor', CAST(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'job_events'), 0) AS TEXT)
WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = 'webhook_cursor');
