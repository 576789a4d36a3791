using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts in order, each once, in one
/// transaction, and records them in <c>schema_migrations</c>.
/// </summary>
internal static class Migrator
{
    public static void Apply(SqliteConnection connection, DateTimeOffset now)
    {
        using var tx = connection.BeginTransaction(deferred: false);
        Run(connection, tx, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
              version     INTEGER NOT NULL PRIMARY KEY,
              name        TEXT    NOT NULL,
              applied_utc TEXT    NOT NULL
            )
            """);
        var applied = new HashSet<int>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT version FROM schema_migrations";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                applied.Add(reader.GetInt32(0));
            }
        }
        foreach (var (version, name, sql) in Scripts())
        {
            if (applied.Contains(version))
            {
                continue;
            }
            Run(connection, tx, sql);
            using var record = connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_utc) VALUES (@v, @n, @t)";
            record.Parameters.AddWithValue("@v", version);
            record.Parameters.AddWithValue("@n", name);
            record.Parameters.AddWithValue("@t", SqliteTime.ToDb(now));
            record.ExecuteNonQuery();
        }
        tx.Commit();
    }

    /// <summary>The embedded scripts, ordered by their number.</summary>
    internal static IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(Migrator).Assembly;
        const string Prefix = "MediaJobs.Storage.Sqlite.Migrations.";
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }
            var name = resource[Prefix.Length..^".sql".Length];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            scripts.Add((version, name, ReadResource(assembly, resource)));
        }
        return scripts.OrderBy(s => s.Item1);
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Run(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
