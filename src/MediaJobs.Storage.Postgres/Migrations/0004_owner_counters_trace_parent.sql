-- Named counters kept per owner (a key sees only its own sums; an admin sees the totals), a job's own
-- amounts as named counters (jobs.counters, {"name": amount}) instead of the one bytes_saved column, and
-- the W3C traceparent a job was submitted with. Same semantics as the SQLite store's 0003_owner_counters
-- and 0004_trace_parent. Lifetime totals are never lost: what cannot be traced to an owner stays with ''.

ALTER TABLE jobs ADD COLUMN counters jsonb NOT NULL DEFAULT '{}'::jsonb;
UPDATE jobs SET counters = jsonb_build_object('bytes_saved', bytes_saved) WHERE bytes_saved <> 0;
ALTER TABLE jobs ADD COLUMN trace_parent text;

-- owner '' holds jobs without an owner, and the totals from before counters were kept per owner.
CREATE TABLE owner_counters (
  owner    text   NOT NULL,
  name     text   NOT NULL,
  lifetime bigint NOT NULL DEFAULT 0,
  session  bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (owner, name)
);

INSERT INTO owner_counters (owner, name, lifetime, session)
SELECT COALESCE(owner, ''), 'bytes_saved', SUM(bytes_saved), 0
FROM jobs
WHERE status = 'Succeeded' AND bytes_saved > 0
  AND (SELECT COALESCE(SUM(bytes_saved), 0) FROM jobs WHERE status = 'Succeeded' AND bytes_saved > 0)
      <= COALESCE((SELECT value FROM counters WHERE name = 'lifetime_bytes_saved'), 0)
GROUP BY COALESCE(owner, '');

INSERT INTO owner_counters (owner, name, lifetime, session)
SELECT '', 'bytes_saved',
  COALESCE((SELECT value FROM counters WHERE name = 'lifetime_bytes_saved'), 0)
    - COALESCE((SELECT SUM(lifetime) FROM owner_counters WHERE name = 'bytes_saved'), 0),
  COALESCE((SELECT value FROM counters WHERE name = 'session_bytes_saved'), 0)
WHERE EXISTS (SELECT 1 FROM counters WHERE name IN ('lifetime_bytes_saved', 'session_bytes_saved'))
ON CONFLICT (owner, name) DO UPDATE
  SET lifetime = owner_counters.lifetime + excluded.lifetime, session = owner_counters.session + excluded.session;

DELETE FROM owner_counters WHERE lifetime = 0 AND session = 0;

DROP TABLE counters;
ALTER TABLE jobs DROP COLUMN bytes_saved;
