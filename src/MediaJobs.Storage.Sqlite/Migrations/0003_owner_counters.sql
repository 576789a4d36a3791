-- Named counters kept per owner (a key sees only its own sums; an admin sees the totals), and a job's own
-- amounts as named counters (jobs.counters, JSON {"name": amount}) instead of the one bytes_saved column.
-- Lifetime totals are never lost: what cannot be traced to an owner stays with the owner ''.

ALTER TABLE jobs ADD COLUMN counters TEXT NOT NULL DEFAULT '{}';
UPDATE jobs SET counters = json_object('bytes_saved', bytes_saved) WHERE bytes_saved <> 0;

-- owner '' holds jobs without an owner, and the totals from before counters were kept per owner.
CREATE TABLE owner_counters (
  owner    TEXT    NOT NULL,
  name     TEXT    NOT NULL,
  lifetime INTEGER NOT NULL DEFAULT 0,
  session  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (owner, name)
);

-- Each owner's lifetime share is what its succeeded jobs still on record saved, provided those shares do not
-- add up to more than the old lifetime total (they cannot, unless the old counter was edited by hand).
INSERT INTO owner_counters (owner, name, lifetime, session)
SELECT COALESCE(owner, ''), 'bytes_saved', SUM(bytes_saved), 0
FROM jobs
WHERE status = 'Succeeded' AND bytes_saved > 0
  AND (SELECT COALESCE(SUM(bytes_saved), 0) FROM jobs WHERE status = 'Succeeded' AND bytes_saved > 0)
      <= COALESCE((SELECT value FROM counters WHERE name = 'lifetime_bytes_saved'), 0)
GROUP BY COALESCE(owner, '');

-- The rest of the lifetime total (jobs cleared since) and the whole session total, which no job records,
-- go to owner '': the totals an admin sees stay exactly what they were.
INSERT INTO owner_counters (owner, name, lifetime, session)
SELECT '', 'bytes_saved',
  COALESCE((SELECT value FROM counters WHERE name = 'lifetime_bytes_saved'), 0)
    - COALESCE((SELECT SUM(lifetime) FROM owner_counters WHERE name = 'bytes_saved'), 0),
  COALESCE((SELECT value FROM counters WHERE name = 'session_bytes_saved'), 0)
WHERE EXISTS (SELECT 1 FROM counters WHERE name IN ('lifetime_bytes_saved', 'session_bytes_saved'))
ON CONFLICT (owner, name) DO UPDATE SET lifetime = lifetime + excluded.lifetime, session = session + excluded.session;

DELETE FROM owner_counters WHERE lifetime = 0 AND session = 0;

DROP TABLE counters;
ALTER TABLE jobs DROP COLUMN bytes_saved;
