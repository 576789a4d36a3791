namespace MediaJobs.Storage.Relational;

/// <summary>
/// What a store's driver hands back differently for the same job column: a time (SQLite keeps text, PostgreSQL a
/// timestamptz) and a list of names (SQLite keeps JSON text, PostgreSQL a text[]). Each is given a non-NULL value.
/// </summary>
public sealed record JobRowDialect(Func<object, DateTimeOffset> Time, Func<object, IReadOnlyList<string>> Names);
