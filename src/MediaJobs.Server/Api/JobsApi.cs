using MediaJobs.Server.Nodes;
using MediaJobs.Server.OpenApi;
using MediaJobs.Server.Uploads;

namespace MediaJobs.Server.Api;

/// <summary>The native API (seed 000's routes, extended).</summary>
internal static class JobsApi
{
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/jobs").WithTags("Jobs").ProducesUnauthorizedProblem();
        jobs.MapJobSubmitEndpoints();
        jobs.MapBatchEndpoints();
        jobs.MapBatchListEndpoints();
        jobs.MapJobEventEndpoints();
        jobs.MapJobReadEndpoints();
        jobs.MapJobControlEndpoints();
        jobs.MapPruneEndpoints();
        jobs.MapJobOutputEndpoints();
        jobs.MapJobArchiveEndpoints();
        jobs.MapJobWebhookEndpoints();
        app.MapQueueEndpoints();
        app.MapStatsEndpoints();
        app.MapSettingsEndpoints();
        app.MapStreamTokenEndpoints();
        app.MapUploadEndpoints();
        app.MapBrowseEndpoints();
        app.MapNodeEndpoints();
        return app;
    }
}
