using MediaJobs.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace MediaJobs.Server.Tests.Configuration;

/// <summary>
/// Every options type the server registers, given one bad value: the host's start stops before anything runs, with a
/// message naming the configuration key (the same composition as <c>Program</c>; the real process is covered by
/// <c>StartupOptionsValidationTests</c>).
/// </summary>
[Trait("Tier", "Fast")]
public sealed class OptionsValidationTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "mediajobs-options-" + Guid.NewGuid().ToString("N"));

    /// <summary>One bad value per options type (the type in the comment).</summary>
    public static TheoryData<string, string> BadValues => new()
    {
        { "MediaJobs:DataDirectory", "data\0folder" },                       // MediaJobsOptions
        { "MediaJobs:Http:StopWaitSeconds", "61" },                          // HttpApiOptions
        { "MediaJobs:Engine:RetryBaseDelay", "00:10:00" },                   // EngineOptions: over RetryMaxDelay (5 min)
        { "MediaJobs:Retention:BatchSize", "0" },                            // RetentionOptions
        { "MediaJobs:Uploads:SweepInterval", "00:00:00" },                   // UploadOptions
        { "MediaJobs:Storage:Postgres:WriterConnections", "0" },             // PostgresStoreOptions
        { "MediaJobs:Auth:Keys:0:KeySha256", "abc" },                        // AuthOptions
        { "MediaJobs:Auth:StreamTokens:Secret", "too-short" },               // StreamTokenOptions
        { "MediaJobs:Cors:AllowedOrigins:0", "https://example.org/app" },    // CorsOptions
        { "MediaJobs:Telemetry:Otlp:Protocol", "carrier-pigeon" },           // TelemetryOptions
        { "MediaTools:FfmpegPath", "" },                                     // MediaToolsOptions
        { "MediaJobs:Webhooks:Jitter", "2" },                                // WebhookOptions
        { "MediaJobs:DiskSpace:MinFreeBytes", "-1" },                        // DiskSpaceOptions
        { "MediaJobs:Dashboard:Path", "/no/such/dashboard/folder" },         // DashboardOptions
        { "MediaJobs:Downloads:Timeout", "00:00:00" },                       // DownloadOptions
        { "MediaJobs:Compat:ShrinkRay:BasePath", "compat/shrinkray" },       // CompatSurfaceOptions (named)
        { "MediaJobs:Compat:ShrinkRay:KeepOriginals", "perhaps" },           // ShrinkRayOptions
        { "MediaJobs:Settings:PollInterval", "00:00:00" },                   // RuntimeSettingsOptions
        { "MediaJobs:Documents:OcrDpi", "10" },                              // DocumentsOptions
        { "MediaJobs:Transcode:HevcCrf", "52" },                             // TranscodeOptions
        { "MediaJobs:Notifications:WebhookUrl", "ftp://example.org/hook" },  // NotificationOptions
        { "MediaJobs:Providers:Pexels:BaseUrl", "not a url" },               // VideoProvidersOptions
    };

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Start_BadValue_StopsNamingTheKey(string key, string value)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MediaJobs:DataDirectory"] = _data,
            ["urls"] = "http://127.0.0.1:0",
            [key] = value,
        });
        builder.AddMediaJobs();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        Assert.Contains(key, Describe(error), StringComparison.OrdinalIgnoreCase);
    }

    private static string Describe(Exception error) => error switch
    {
        AggregateException aggregate => string.Join(" | ", aggregate.InnerExceptions.Select(Describe)),
        { InnerException: { } inner } => $"{error.Message} {Describe(inner)}",
        _ => error.Message,
    };
}
