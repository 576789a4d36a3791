using MediaJobs.Server.Hosting;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.Hosting;

/// <summary>The real server process, started with a bad configuration value: it must refuse to start and say which key.</summary>
[Trait("Tier", "EndToEnd")]
public sealed class StartupOptionsValidationTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "mediajobs-options-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Theory]
    [InlineData("MediaJobs:Engine:LeaseDuration", "-1")]
    [InlineData("MediaJobs:Engine:LeaseDuration", "not-a-duration")]
    [InlineData("MediaJobs:Engine:MaxAttempts", "0")]
    [InlineData("MediaJobs:Transcode:HevcCrf", "99")]
    [InlineData("MediaJobs:Webhooks:Secret", "not-a-secret")]
    [InlineData("MediaJobs:Storage:Postgres:WriterConnections", "0")]
    [InlineData("MediaJobs:Storage:Postgres:MaxWriteBatch", "many")]
    [InlineData("MediaJobs:Uploads:SweepInterval", "00:00:00")]
    [InlineData("MediaJobs:Uploads:MaxBytesPerKey", "0")]
    public async Task Start_InvalidOption_ExitsNonZeroNamingTheKeyBeforeListening(string key, string value)
    {
        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(
            Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), _data, new Dictionary<string, string> { [key] = value });

        // Exit 1 with one line naming the key, not an abort (134) with a stack trace last.
        Assert.Equal(StartupFailure.ExitCode, exitCode);
        var reason = output.Split('\n').Last(l => l.StartsWith("MediaJobs did not start: ", StringComparison.Ordinal));
        Assert.Contains(key, reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RequestLimitOverTheKeyQuota_ExitsNamingTheRequestLimit()
    {
        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(
            Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), _data, new Dictionary<string, string>
            {
                ["MediaJobs:Uploads:MaxRequestBytes"] = "4096",
                ["MediaJobs:Uploads:MaxBytesPerKey"] = "2048",
                ["MediaJobs:Uploads:MaxBytes"] = "1024",
            });

        Assert.Equal(StartupFailure.ExitCode, exitCode);
        Assert.Contains("MediaJobs:Uploads:MaxRequestBytes must not be larger than MaxBytesPerKey (2048)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_HeartbeatNotShorterThanLease_ExitsNamingTheHeartbeat()
    {
        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(
            Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), _data, new Dictionary<string, string>
            {
                ["MediaJobs:Engine:LeaseDuration"] = "00:00:05",
                ["MediaJobs:Engine:HeartbeatInterval"] = "00:00:05",
            });

        Assert.Equal(StartupFailure.ExitCode, exitCode);
        Assert.Contains("MediaJobs:Engine:HeartbeatInterval must be shorter than LeaseDuration", output, StringComparison.Ordinal);
    }
}
