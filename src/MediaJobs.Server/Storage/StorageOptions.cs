namespace MediaJobs.Server.Storage;

/// <summary>
/// Configuration section <c>MediaJobs:Storage</c>: which store holds jobs and events.
/// <c>sqlite</c> (default): one node, <c>&lt;data&gt;/mediajobs.db</c>. <c>postgres</c>: many nodes
/// sharing one database (<c>ConnectionStrings:Postgres</c>) and one data folder.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "MediaJobs:Storage";
    public const string ConnectionStringName = "Postgres";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public string Provider { get; set; } = Sqlite;

    /// <summary><c>sqlite</c>: rebuild the text index from the jobs at start (it is also rebuilt when found out of step).</summary>
    public bool RebuildSearchIndex { get; set; }
}
