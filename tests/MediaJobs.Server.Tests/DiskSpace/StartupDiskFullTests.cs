using System.Diagnostics;
using MediaJobs.Server.Hosting;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.DiskSpace;

/// <summary>
/// Issue 23: the real server process started on a data folder whose disk is full — a private 16 MiB tmpfs, filled,
/// mounted in a user and mount namespace of its own (<c>unshare</c>, no root needed) — ends with exit code 1 and one
/// line naming the folder and its free space, not a hosted service's stack trace.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class StartupDiskFullTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mediajobs-fulldisk-" + Guid.NewGuid().ToString("N"));

    private static string ServerDll => Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Start_DataFolderOnAFullDisk_ExitsOneWithOneLineNamingTheFolderAndItsFreeSpace(bool existingStore)
    {
        var mount = Path.Combine(_root, "disk");
        var seed = Path.Combine(_root, "seed");
        Directory.CreateDirectory(mount);
        Directory.CreateDirectory(seed);
        if (existingStore)
        {
            // A store made by a real start on a disk with room, as a server that ran before the disk filled up.
            await using var first = await ServerProcess.StartAsync(ServerDll, seed);
            await first.StopAsync(TimeSpan.FromSeconds(30));
        }
        var data = Path.Combine(mount, "data");

        var (exitCode, output) = await RunOnFullDiskAsync(mount, seed, data);

        Assert.Equal(StartupFailure.ExitCode, exitCode);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        Assert.StartsWith($"MediaJobs did not start: the disk holding the data folder {data} is full: 0 MiB (0 bytes) free", last, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed to start", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>In a namespace of its own: mount a tmpfs, copy the seed store in, fill the rest, start the server there.</summary>
    private static async Task<(int ExitCode, string Output)> RunOnFullDiskAsync(string mount, string seed, string data)
    {
        const string Script = """
            set -e
            mount -t tmpfs -o size=16m tmpfs "$MJ_MOUNT"
            mkdir -p "$MJ_DATA"
            cp -a "$MJ_SEED/." "$MJ_DATA/"
            head -c 32M /dev/zero > "$MJ_MOUNT/fill" 2>/dev/null || true
            exec dotnet "$MJ_DLL" --urls "$MJ_URL"
            """;
        var info = new ProcessStartInfo("unshare") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--user", "--map-root-user", "--mount", "sh", "-c", Script })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["MJ_MOUNT"] = mount;
        info.Environment["MJ_SEED"] = seed;
        info.Environment["MJ_DATA"] = data;
        info.Environment["MJ_DLL"] = ServerDll;
        info.Environment["MJ_URL"] = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
        info.Environment["MEDIAJOBS_DATA"] = data;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
