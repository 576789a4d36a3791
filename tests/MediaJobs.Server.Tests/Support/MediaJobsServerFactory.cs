using MediaJobs.Core.Pipelines;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Support;

/// <summary>
/// The real server in memory, on a fresh temp data directory (deleted afterwards), with short
/// engine intervals and the <see cref="TestPipeline"/> job type added. One per test class.
/// </summary>
public sealed class MediaJobsServerFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-tests-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MediaJobs:DataDirectory", DataDirectory);
        builder.UseSetting("MediaJobs:Engine:PollInterval", "00:00:00.050");
        builder.UseSetting("MediaJobs:Engine:HeartbeatInterval", "00:00:01");
        builder.UseSetting("MediaJobs:Engine:ProgressInterval", "00:00:00.010");
        builder.UseSetting("MediaJobs:Engine:RetryBaseDelay", "00:00:00.050");
        builder.UseSetting("MediaJobs:Http:SseHeartbeatSeconds", "0.2");
        builder.ConfigureTestServices(services => services.AddSingleton<IJobPipeline, TestPipeline>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never created.
        }
    }
}
