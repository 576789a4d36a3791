namespace MediaJobs.Storage.Postgres;

/// <summary>
/// Keeps <c>job_counts</c> from the statement that changes <c>jobs</c> (migration 0007): each write knows the rows it
/// inserts, moves or deletes, so it adds their deltas in a CTE of its own statement, exact and in its transaction.
/// Every write of jobs runs under the event-log lock (a writer turn, a delete), so two upserts never wait on each other.
/// </summary>
internal static class PgJobCounts
{
    /// <summary>
    /// A CTE named <paramref name="name"/> that adds <paramref name="deltas"/> (a query of rows type, status, owner, n,
    /// with '' as the owner of jobs without one) to the counts, one row per key, keys in one order.
    /// </summary>
    public static string Cte(string name, string deltas) =>
        $"{name} AS (INSERT INTO job_counts (type, status, owner, n) SELECT d.type, d.status, d.owner, sum(d.n) " +
        $"FROM ({deltas}) AS d(type, status, owner, n) GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3 " +
        "ON CONFLICT (type, status, owner) DO UPDATE SET n = job_counts.n + excluded.n)";

    /// <summary>
    /// The deltas of the rows of <paramref name="moved"/> (columns type, old_status, old_owner, status, owner) whose status
    /// or owner changed: minus one under the old key, plus one under the new.
    /// </summary>
    public static string Moves(string moved) =>
        $"SELECT m.type, m.old_status, COALESCE(m.old_owner, ''), -1 FROM {moved} m " +
        "WHERE (m.old_status, m.old_owner) IS DISTINCT FROM (m.status, m.owner) UNION ALL " +
        $"SELECT m.type, m.status, COALESCE(m.owner, ''), 1 FROM {moved} m " +
        "WHERE (m.old_status, m.old_owner) IS DISTINCT FROM (m.status, m.owner)";
}
