using System.Globalization;
using Npgsql;

namespace MediaJobs.Bench;

/// <summary>
/// What one run costs the PostgreSQL cluster, measured as the peers' harnesses measure it (../shared/bench-peers/common):
/// CPU of the postmaster (reaped children included) and its live children from /proc, statements from
/// pg_stat_statements and commits from pg_stat_database, for one database.
/// </summary>
internal sealed class PgClusterMeter(string adminConnectionString, int? postmasterPid)
{
    public sealed record Sample(double ClusterCpuSeconds, long Statements, long Commits);

    public async Task<Sample> ReadAsync(string database)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT COALESCE(sum(calls), 0)::bigint FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1), " +
            "COALESCE((SELECT xact_commit FROM pg_stat_database WHERE datname = $1), 0)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = database });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Sample(ClusterCpu(), reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>CPU seconds of a process from /proc (user + system, with its reaped children when asked).</summary>
    public static double ProcessCpu(int pid, bool withChildren)
    {
        try
        {
            var f = Fields(pid);
            return (Tick(f[11]) + Tick(f[12]) + (withChildren ? Tick(f[13]) + Tick(f[14]) : 0)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private double ClusterCpu()
    {
        if (postmasterPid is not { } pm)
        {
            return double.NaN;
        }
        var sum = ProcessCpu(pm, withChildren: true);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid) || pid == pm)
            {
                continue;
            }
            try
            {
                var f = Fields(pid);
                if (f[1] == pm.ToString(CultureInfo.InvariantCulture))
                {
                    sum += (Tick(f[11]) + Tick(f[12])) / 100.0;
                }
            }
            catch (IOException)
            {
                // The process ended meanwhile; its ticks are in the postmaster's reaped-children count.
            }
        }
        return sum;
    }

    private static string[] Fields(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }

    private static long Tick(string value) => long.Parse(value, CultureInfo.InvariantCulture);
}
