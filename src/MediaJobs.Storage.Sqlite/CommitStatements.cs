namespace MediaJobs.Storage.Sqlite;

/// <summary>
/// The two forms of a snapshot commit. Most commits (a step starting, progress, a log line) leave the job's status,
/// priority, input and identity as they were; the quiet form then names none of those columns, so SQLite rewrites
/// none of their indexes and fires none of the <c>UPDATE OF</c> triggers that keep <c>job_counts</c> and
/// <c>jobs_fts</c> (migration 0007). A commit that changes one of them finds no row in the quiet form and runs the
/// full one.
/// </summary>
internal static class CommitStatements
{
    /// <summary>Columns whose change the quiet form leaves to the full one (indexed, or watched by a trigger).</summary>
    private static readonly string[] Loud = ["status", "priority", "input"];

    /// <summary>Every snapshot column, version-guarded.</summary>
    public const string Full =
        $"UPDATE jobs SET {JobRows.SnapshotAssignments}, version = version + 1 WHERE id = @id AND version = @expected";

    /// <summary>Sets the identity columns only when they changed (a seek, no write, otherwise).</summary>
    public const string Identity =
        $"UPDATE jobs SET {JobRows.IdentityAssignments} WHERE id = @id AND {JobRows.IdentityChanged}";

    /// <summary>
    /// The snapshot but the <see cref="Loud"/> columns, only where they (and the identity columns) already hold the
    /// snapshot's values; no row means lost or loud, and the caller tries <see cref="Full"/>.
    /// </summary>
    public static readonly string Quiet =
        $"UPDATE jobs SET {QuietAssignments(JobRows.SnapshotAssignments)}, version = version + 1 " +
        "WHERE id = @id AND version = @expected AND status = @status AND priority = @priority AND input = @input " +
        $"AND NOT {JobRows.IdentityChanged}";

    /// <summary>The assignments without the <see cref="Loud"/> columns (each assignment is "column = expression", none holds a comma).</summary>
    public static string QuietAssignments(string assignments)
    {
        var kept = assignments.Split(',', StringSplitOptions.TrimEntries)
            .Where(a => !Loud.Contains(a[..a.IndexOf('=', StringComparison.Ordinal)].Trim(), StringComparer.Ordinal))
            .ToArray();
        return string.Join(", ", kept);
    }
}
