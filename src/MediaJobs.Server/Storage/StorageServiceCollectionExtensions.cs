using MediaJobs.Core.Events;
using MediaJobs.Core.Hosting;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Server.Hosting;
using MediaJobs.Storage.Postgres;
using MediaJobs.Storage.Sqlite;

namespace MediaJobs.Server.Storage;

/// <summary>The job store the configuration asks for (<see cref="StorageOptions"/>), with the hints it raises.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddJobStore(this IServiceCollection services)
    {
        services.AddSingleton<StoreSignals>();
        // Validated at start whichever store is chosen: a bad value is a bad configuration either way.
        services.AddValidatedOptions<PostgresStoreOptions>(PostgresStoreOptions.SectionName);
        services.AddOptions<PostgresStoreOptions>().Configure<IConfiguration, TimeProvider>((options, configuration, time) =>
        {
            options.ConnectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName) ?? "";
            options.Time = time;
        });
        services.AddSingleton<IJobStore>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
            var time = sp.GetRequiredService<TimeProvider>();
            return options.Provider.ToLowerInvariant() switch
            {
                StorageOptions.Sqlite => new SqliteJobStore(
                    new SqliteStoreOptions
                    {
                        DatabasePath = Path.Combine(sp.GetRequiredService<DataLayout>().DataDirectory, MediaJobsHostingExtensions.DatabaseFileName),
                        Time = time,
                        RebuildSearchIndex = options.RebuildSearchIndex,
                    },
                    sp.GetRequiredService<EventFeed>()),
                StorageOptions.Postgres => new PostgresJobStore(
                    sp.GetRequiredService<PostgresStoreOptions>() is { ConnectionString.Length: > 0 } postgres ? postgres
                        : throw new InvalidOperationException(
                            $"MediaJobs:Storage:Provider is '{StorageOptions.Postgres}' but ConnectionStrings:{StorageOptions.ConnectionStringName} is empty: " +
                            "set it (env ConnectionStrings__Postgres) to an Npgsql connection string."),
                    sp.GetRequiredService<EventFeed>(),
                    sp.GetRequiredService<StoreSignals>(),
                    sp.GetRequiredService<ILogger<PostgresJobStore>>()),
                _ => throw new InvalidOperationException(
                    $"MediaJobs:Storage:Provider '{options.Provider}' is unknown: use '{StorageOptions.Sqlite}' (default) or '{StorageOptions.Postgres}'."),
            };
        });
        return services;
    }
}
