using System.Diagnostics;

namespace MediaJobs.Server.Tests.Auth;

/// <summary>The real server process, started without keys on a non-loopback address.</summary>
[Trait("Tier", "EndToEnd")]
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task Start_NoKeysOnAllAddresses_ExitsWithAClearMessageBeforeListening()
    {
        var data = Path.Combine(Path.GetTempPath(), "mediajobs-refusal-" + Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://0.0.0.0:0");
        info.Environment["MEDIAJOBS_DATA"] = data;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info)!;
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(cts.Token);
            var output = await stdout + await stderr;

            Assert.Equal(MediaJobs.Server.Hosting.StartupFailure.ExitCode, process.ExitCode);
            Assert.Contains("MediaJobs did not start: No API keys configured", output, StringComparison.Ordinal);
            Assert.Contains("http://0.0.0.0:0", output, StringComparison.Ordinal);
            Assert.Contains("AllowAnonymousNonLoopback", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening on", output, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
