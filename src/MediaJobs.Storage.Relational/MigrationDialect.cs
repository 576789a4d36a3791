namespace MediaJobs.Storage.Relational;

/// <summary>What a store says in its own dialect while <see cref="SchemaMigrator"/> runs its scripts.</summary>
/// <param name="CreateHistorySql">Creates <c>schema_migrations (version, name, applied_utc)</c> if it is missing.</param>
/// <param name="AppliedTime">A time as the store writes it into <c>applied_utc</c>.</param>
/// <param name="LockSql">Run first in the transaction, so nodes starting at once migrate one after another (none: the transaction itself excludes other writers).</param>
public sealed record MigrationDialect(string CreateHistorySql, Func<DateTimeOffset, object> AppliedTime, string? LockSql = null);
