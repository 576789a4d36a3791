-- Named persisted counters (bytes saved per session and lifetime). All counter SQL of this store
-- lives here and in PostgresJobStore.Counters.cs.
CREATE TABLE counters (
  name  text   NOT NULL PRIMARY KEY,
  value bigint NOT NULL
);
