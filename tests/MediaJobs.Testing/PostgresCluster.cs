using System.Diagnostics;
using System.Globalization;

namespace MediaJobs.Testing;

/// <summary>
/// A private PostgreSQL cluster for the tests: <c>initdb</c> in a temp folder, <c>pg_ctl</c> on a free
/// loopback port with its socket in that folder, started once per test process (<see cref="SharedAsync"/>)
/// and stopped when the process exits. Each test asks for its own database (<see cref="CreateDatabaseAsync"/>).
/// As root, the server binaries run as the <c>postgres</c> user (initdb refuses root).
/// Set <c>MEDIAJOBS_TEST_POSTGRES</c> to a connection string of an existing server to use it instead.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string ExternalVariable = "MEDIAJOBS_TEST_POSTGRES";
    private const string FolderPrefix = "mediajobs-pg-";
    private const string OwnerFile = "owner.pid";
    private static readonly Lazy<Task<PostgresCluster>> s_shared = new(() => StartSharedAsync());
    private readonly string? _folder;
    private readonly string? _binDirectory;
    private int _stopped;

    private PostgresCluster(string adminConnectionString, string? folder, string? binDirectory)
    {
        AdminConnectionString = adminConnectionString;
        _folder = folder;
        _binDirectory = binDirectory;
    }

    /// <summary>Connects to the <c>postgres</c> database as the superuser.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The cluster of this test process, started on first use.</summary>
    public static Task<PostgresCluster> SharedAsync() => s_shared.Value;

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = prefix + "_" + Guid.NewGuid().ToString("N");
        await PostgresAdmin.ExecuteAsync(AdminConnectionString, $"CREATE DATABASE \"{name}\"");
        return PostgresAdmin.WithDatabase(AdminConnectionString, name);
    }

    /// <summary>
    /// Starts a new cluster. <paramref name="durable"/> false turns fsync off (tests);
    /// benchmarks keep PostgreSQL's durable defaults.
    /// </summary>
    public static async Task<PostgresCluster> StartAsync(bool durable = false)
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: run scripts/setup (installs Debian's postgresql).");
        await RemoveAbandonedClustersAsync(bin);
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var data = Path.Combine(folder, "data");
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", folder], asPostgres: false);
        }
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"], asRoot);
        var port = ServerProcess.FreeLoopbackPort();
        var settings = string.Create(CultureInfo.InvariantCulture,
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=128MB") +
            (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", settings, "-l", Path.Combine(folder, "server.log"), "-w", "start"], asRoot);
        var admin = string.Create(CultureInfo.InvariantCulture,
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=30");
        return new PostgresCluster(admin, folder, bin);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1 || _folder is null || _binDirectory is null)
        {
            return;
        }
        try
        {
            await RunAsync(Path.Combine(_binDirectory, "pg_ctl"),
                ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], Environment.UserName == "root");
        }
        finally
        {
            TryDelete(_folder);
        }
    }

    /// <summary>
    /// Clusters of earlier test processes that are gone (a run killed before its exit handler ran):
    /// their server is stopped and their folder removed. A live process's cluster is never touched.
    /// </summary>
    private static async Task RemoveAbandonedClustersAsync(string bin)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (File.Exists(owner) && int.TryParse(await File.ReadAllTextAsync(owner), CultureInfo.InvariantCulture, out var pid) && IsAlive(pid))
            {
                continue;
            }
            if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            {
                try
                {
                    await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"], Environment.UserName == "root");
                }
                catch (InvalidOperationException)
                {
                    // Not running after all (a stale pid file): the folder goes anyway.
                }
            }
            TryDelete(folder);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temp folder: the next run removes it.
        }
    }

    private static async Task<PostgresCluster> StartSharedAsync()
    {
        if (Environment.GetEnvironmentVariable(ExternalVariable) is { Length: > 0 } external)
        {
            return new PostgresCluster(external, null, null);
        }
        var cluster = await StartAsync();
        // Stopped when the test process ends, however the run ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    }

    private static string? FindBinDirectory()
    {
        const string Root = "/usr/lib/postgresql";
        if (!Directory.Exists(Root))
        {
            return null;
        }
        return Directory.GetDirectories(Root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> args, bool asPostgres)
    {
        var info = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                info.ArgumentList.Add(a);
            }
        }
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}{await stdout}");
        }
    }
}
