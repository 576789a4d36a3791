namespace MediaJobs.Storage.Postgres;

/// <summary>The text a job's input adds to <c>job_search</c>, computed in the statement that writes the job.</summary>
internal static class PgJobSearch
{
    /// <summary>
    /// The body of <c>mj_search_text</c> (migration 0006: the input's string values, one per line, ASCII-case folded)
    /// as a subquery over <paramref name="input"/>: a call of the SQL function would run as a nested statement per job.
    /// </summary>
    public static string Folded(string input) =>
        "(SELECT translate(COALESCE(string_agg(t #>> '{}', E'\\n'), ''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') " +
        $"FROM jsonb_path_query({input}::jsonb, 'strict $.**') AS t WHERE jsonb_typeof(t) = 'string')";
}
