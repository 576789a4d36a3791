using MediaJobs.Core.Engine;
using MediaJobs.Server.Auth;
using MediaJobs.Server.OpenApi;

namespace MediaJobs.Server.Nodes;

/// <summary><c>GET /api/nodes</c>: every node that registered on this store, live or gone.</summary>
public static class NodeEndpoints
{
    public static IEndpointRouteBuilder MapNodeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/nodes").WithTags("Nodes").ProducesUnauthorizedProblem()
            .MapGet("/", ListAsync)
            .WithName("ListNodes")
            .WithSummary("The nodes sharing this store: name, host, version, start, last heartbeat, live, job types with their limits, tools and encoders")
            .Produces<NodeListResponse>();
        return app;
    }

    private static async Task<IResult> ListAsync(CallerJobs jobs, EngineOptions options, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var nodes = await jobs.ListNodesAsync(ct);
        return TypedResults.Ok(new NodeListResponse([.. nodes.Select(n => new NodeResponse(
            n.Name, n.Host, n.ProcessId, n.Version, n.WorkerId, n.StartedUtc, n.HeartbeatUtc,
            now - n.HeartbeatUtc < options.LeaseDuration, n.JobTypes, n.Capabilities))]));
    }
}
