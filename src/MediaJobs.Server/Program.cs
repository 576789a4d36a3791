using MediaJobs.Server.Api;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat;
using MediaJobs.Server.Correlation;
using MediaJobs.Server.Cors;
using MediaJobs.Server.Dashboard;
using MediaJobs.Server.Errors;
using MediaJobs.Server.Health;
using MediaJobs.Server.Hosting;
using MediaJobs.Server.Mcp;
using MediaJobs.Server.OpenApi;
using MediaJobs.Server.Telemetry;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddMediaJobs();

    var app = builder.Build();
    await app.InitializeMediaJobsAsync();

    app.UseCompatPorts();
    app.UseRouting();
    app.UseMediaJobsCors();
    app.UseCorrelationIds();
    app.UseHostAllowList();
    app.UseMediaJobsErrors();
    app.UseDashboard();
    app.UseApiKeys();
    app.UseCrossOriginGuard();
    app.MapJobsApi();
    app.MapCompatSurfaces();
    app.MapHealth();
    app.MapMetrics();
    app.MapMediaJobsMcp();
    app.MapOpenApiDocs();

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupFailure.Ends(ex))
{
    return StartupFailure.Report(ex);
}

/// <summary>The entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
