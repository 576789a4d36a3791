using System.Diagnostics;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>The seed documents' own client examples, run unchanged against the real server.</summary>
[Trait("Tier", "EndToEnd")]
public sealed class SeedClientExampleTests
{
    /// <summary>Seed 004's Python script (copied verbatim) talks to localhost:5000, its documented port.</summary>
    [Fact]
    public async Task Seed004PythonExample_Unchanged_DownloadsAPlayableVideo()
    {
        var data = Path.Combine(Path.GetTempPath(), "mediajobs-seed004-" + Guid.NewGuid().ToString("N"));
        var work = Directory.CreateDirectory(Path.Combine(data, "client")).FullName;
        var server = await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), data, new Dictionary<string, string>
        {
            ["MediaJobs:Compat:TextToVideo:Url"] = "http://127.0.0.1:5000",
        });
        try
        {
            var info = new ProcessStartInfo("/usr/bin/python3") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Compat", "SeedClients", "seed004_client.py"));
            using var python = Process.Start(info)!;
            var stdout = python.StandardOutput.ReadToEndAsync();
            var stderr = python.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await python.WaitForExitAsync(timeout.Token);

            Assert.True(python.ExitCode == 0, $"the seed's script failed: {await stderr}");
            Assert.Contains("Progress: ", await stdout);
            var probe = await new FfprobeClient(new ToolLocator(), new ProcessRunner()).ProbeAsync(Path.Combine(work, "output_video.mp4"));
            Assert.Equal("h264", probe.PrimaryVideo?.CodecName);
            Assert.Equal("aac", probe.PrimaryAudio?.CodecName);
            Assert.True(probe.Duration > TimeSpan.FromSeconds(1));
        }
        finally
        {
            await server.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
