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
            .WithSummary("The nodes sharing this store: name, host, version, start, last heartbeat, live, job types with their limits, tools and encoders, jobs running now")
            .Produces<NodeListResponse>();
        return app;
    }

    private static async Task<IResult> ListAsync(CallerJobs jobs, EngineOptions options, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var nodes = await jobs.ListNodesAsync(ct);
        var running = RunningPerNode(await jobs.CountRunningByLeaseOwnerAsync(ct));
        return TypedResults.Ok(new NodeListResponse([.. nodes.Select(n => new NodeResponse(
            n.Name, n.Host, n.ProcessId, n.Version, n.WorkerId, n.StartedUtc, n.HeartbeatUtc,
            now - n.HeartbeatUtc < options.LeaseDuration, n.JobTypes, n.Capabilities, running.GetValueOrDefault(n.Name)))]));
    }

    /// <summary>
    /// Lease owners are <c>node/process-id</c>: a node's count includes jobs an earlier process of it still holds
    /// until they are rescued, which is what the store says it runs.
    /// </summary>
    private static Dictionary<string, int> RunningPerNode(IReadOnlyDictionary<string, int> byLeaseOwner)
    {
        var perNode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (owner, count) in byLeaseOwner)
        {
            var node = JobTransitions.NodeOfWorker(owner) ?? owner;
            perNode[node] = perNode.GetValueOrDefault(node) + count;
        }
        return perNode;
    }
}
