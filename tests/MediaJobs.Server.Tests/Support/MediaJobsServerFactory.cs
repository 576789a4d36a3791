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
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _ownsDataDirectory;

    public MediaJobsServerFactory()
        : this(null, null)
    {
    }

    /// <param name="dataDirectory">An existing data folder to reuse (a restart); it is then left in place on dispose.</param>
    /// <param name="settings">Extra configuration, applied after the defaults.</param>
    internal MediaJobsServerFactory(string? dataDirectory, IReadOnlyDictionary<string, string?>? settings)
    {
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "mediajobs-tests-" + Guid.NewGuid().ToString("N"));
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MediaJobs:DataDirectory", DataDirectory);
        builder.UseSetting("MediaJobs:Engine:PollInterval", "00:00:00.050");
        builder.UseSetting("MediaJobs:Engine:HeartbeatInterval", "00:00:01");
        builder.UseSetting("MediaJobs:Engine:ProgressInterval", "00:00:00.010");
        builder.UseSetting("MediaJobs:Engine:RetryBaseDelay", "00:00:00.050");
        builder.UseSetting("MediaJobs:Http:SseHeartbeatSeconds", "0.2");
        // Each test server has its own data folder: no clip library render at start (a video test's job renders it).
        builder.UseSetting("MediaJobs:Video:PrepareLibraryAtStart", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.AddSingleton<IJobPipeline, TestPipeline>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_ownsDataDirectory)
        {
            return;
        }
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
