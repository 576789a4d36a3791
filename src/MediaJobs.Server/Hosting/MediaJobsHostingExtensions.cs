using MediaJobs.Core.Configuration;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Hosting;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Retention;
using MediaJobs.Core.Service;
using MediaJobs.Core.Storage;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat;
using MediaJobs.Server.Cors;
using MediaJobs.Server.Dashboard;
using MediaJobs.Server.DiskSpace;
using MediaJobs.Server.Errors;
using MediaJobs.Server.Health;
using MediaJobs.Server.Mcp;
using MediaJobs.Server.Nodes;
using MediaJobs.Server.OpenApi;
using MediaJobs.Server.Storage;
using MediaJobs.Server.Telemetry;
using MediaJobs.Server.Uploads;

namespace MediaJobs.Server.Hosting;

/// <summary>Wires the engine, the store and the HTTP pieces into the host.</summary>
public static class MediaJobsHostingExtensions
{
    public const string DefaultUrl = "http://127.0.0.1:5005";
    public const string DatabaseFileName = "mediajobs.db";

    public static WebApplicationBuilder AddMediaJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The main URLs plus each compat surface's own listener, if it asks for one.
        // (With Kestrel endpoints or *_ports configured instead of urls, add the compat URLs there too.)
        var compatUrls = CompatHostingExtensions.CompatUrls(builder.Configuration).ToList();
        var main = builder.Configuration["urls"] is { Length: > 0 } urls ? urls.Split(';')
            : HasConfiguredUrls(builder.Configuration) ? null : [DefaultUrl];
        if (main is not null)
        {
            builder.WebHost.UseUrls([.. main, .. compatUrls]);
        }
        builder.AddMediaJobsLogging();
        builder.AddMediaJobsTelemetry();
        builder.Services.AddMediaJobsAuth();
        builder.Services.AddMediaJobsCors();
        builder.Services.AddMediaJobsCore();
        builder.Services.AddPipelines();
        builder.Services.AddHostedService<NodeHeartbeatService>();
        builder.Services.AddMediaJobsWebhooks();
        builder.Services.AddMediaJobsErrors();
        builder.Services.AddMediaJobsHealth();
        builder.Services.AddMediaJobsDiskSpace();
        // Before the OpenAPI document: its path transformer must run ahead of the security one.
        builder.Services.AddMediaJobsMcp();
        builder.Services.AddMediaJobsOpenApi();
        builder.Services.AddCompatSurfaces();
        builder.Services.AddDashboard();
        builder.Services.AddUploads();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new Api.UtcTimestampConverter());
            // Answers wrap a job's input a few levels deep: room for jobs stored before the submission limits
            // (input up to the request parser's 64 levels), so no stored job can make a page unwritable.
            o.SerializerOptions.MaxDepth = 128;
        });
        return builder;
    }

    /// <summary>Options, store, engine and the job service. Configuration is read when first resolved, so test overrides apply.</summary>
    public static IServiceCollection AddMediaJobsCore(this IServiceCollection services)
    {
        services.AddValidatedOptions<MediaJobsOptions>(MediaJobsOptions.SectionName);
        services.AddValidatedOptions<HttpApiOptions>(HttpApiOptions.SectionName);
        services.AddValidatedOptions<EngineOptions>(EngineOptions.SectionName);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new DataLayout(sp.GetRequiredService<MediaJobsOptions>().ResolveDataDirectory()));
        services.AddSingleton<EventFeed>();
        services.AddJobStore();
        services.AddSingleton<PipelineRegistry>();
        // Worker counts may change at run time; the stored changes apply before the engine starts (hosted services start in order).
        services.AddRuntimeSettings<EngineOptions>(EngineOptions.SectionName, nameof(EngineOptions.Concurrency));
        services.AddRuntimeSettingsService();
        services.AddSingleton<JobEngine>();
        services.AddHostedService(sp => sp.GetRequiredService<JobEngine>());
        services.AddSingleton<JobService>();
        services.AddValidatedOptions<RetentionOptions>(RetentionOptions.SectionName);
        services.AddHostedService<RetentionSweeper>();
        return services;
    }

    /// <summary>Creates or migrates the store before the host (and the engine) starts.</summary>
    public static async Task InitializeMediaJobsAsync(this WebApplication app, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var dataDirectory = app.Services.GetRequiredService<DataLayout>().DataDirectory;
        var store = app.Services.GetRequiredService<IJobStore>();
        // On a full disk: one line naming the data folder and its free space, before any service writes.
        await StartupDiskCheck.RunAsync(app.Services, async () =>
        {
            Directory.CreateDirectory(dataDirectory);
            await store.InitializeAsync(ct);
            if (store is MediaJobs.Storage.Sqlite.SqliteJobStore { SearchIndexRebuilt: { } indexed })
            {
                app.Logger.LogWarning("SQLite text index (jobs_fts) rebuilt from the jobs at start: {Jobs} jobs indexed", indexed);
            }
            await DataFolderMarker.CheckAsync(store, dataDirectory, ct);
        }, ct);
        await NodeNameCheck.CheckAsync(store, app.Services.GetRequiredService<EngineOptions>(), app.Services.GetRequiredService<TimeProvider>(), ct);
    }

    private static bool HasConfiguredUrls(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
