using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using MediaJobs.Core.Service;
using MediaJobs.Core.Storage;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Tests.Auth.CrossKey;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Auth;

/// <summary>
/// Issue 10, findings 1 and 2: every mapped route of every surface, walked as bob against alice's jobs and batches of
/// every type, answers that surface's 404 — and nothing bob can reach (lists, streams, his own jobs) names alice's
/// jobs or shows what they hold. The routes come from the app's endpoint data source, so a new route is walked too.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class CrossKeyRouteWalkTests(CrossKeyServer server) : IClassFixture<CrossKeyServer>
{
    [Fact]
    public async Task EveryRoute_AsAnotherKey_AnswersNotFoundAndLeaksNothing()
    {
        var routes = MappedRoute.All(server.Factory.Services);
        var before = await AliceViewAsync();
        var failures = new List<string>();

        // Bob's own jobs first (a clear among the routes without parameters may remove them).
        foreach (var route in routes.Where(r => r.HasParameters))
        {
            foreach (var id in server.BobJobs)
            {
                await CheckAsync(route, route.Path(id), requested: null, expectNotFound: false, failures);
            }
            foreach (var id in server.AliceJobs.Concat(server.AliceBatches))
            {
                await CheckAsync(route, route.Path(id), requested: id, expectNotFound: true, failures);
            }
        }
        foreach (var route in routes.Where(r => !r.HasParameters))
        {
            await CheckAsync(route, route.Path(""), requested: null, expectNotFound: false, failures);
            await CheckAsync(route, route.Path("") + $"?after=0&limit=500&batchId={server.AliceBatches[0]}", requested: null, expectNotFound: false, failures);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answers to bob gave alice's jobs away:\n" + string.Join('\n', failures.Take(40)));
        Assert.True(routes.Count(r => r.HasParameters) >= 20, "the walk found too few routes with an id to be the app's");
        Assert.Equal(before, await AliceViewAsync());
    }

    [Fact]
    public void EveryRouteHandler_ReachesJobsOnlyThroughTheCallersView()
    {
        Type[] forbidden = [typeof(JobService), typeof(IJobStore), typeof(Core.Webhooks.IWebhookOutbox)];
        var handlers = server.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => (Endpoint: e.DisplayName, Method: e.Metadata.GetMetadata<MethodInfo>()))
            .Where(h => h.Method is not null)
            .ToList();

        var offenders = handlers
            .Where(h => h.Method!.GetParameters().Any(p => forbidden.Contains(p.ParameterType)))
            .Select(h => $"{h.Endpoint}: {h.Method!.DeclaringType?.Name}.{h.Method.Name}")
            .ToList();

        Assert.True(handlers.Count(h => h.Method!.GetParameters().Any(p => p.ParameterType == typeof(CallerJobs))) >= 30, "too few handlers found to be the app's");
        Assert.True(offenders.Count == 0, "route handlers that reach jobs without the caller:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public async Task DocumentCache_SameTextTwoKeys_TheOtherKeyRunsItsOwn_TheOwnerHitsItsCache()
    {
        var bobs = server.BobTransformerJob;
        var again = await server.Alice.SubmitAsync(CrossKeyServer.Transformer());
        var alices = await server.Alice.WaitForFinalAsync(again);

        Assert.Equal("Succeeded", (string?)bobs["status"]);
        Assert.False((bool)bobs["results"]!["cached"]!, bobs["results"]!.ToJsonString());
        Assert.Null(bobs["results"]!["cached_from_job"]);
        Assert.True((bool)alices["results"]!["cached"]!, alices["results"]!.ToJsonString());
        Assert.Equal(server.AliceTransformer, (string?)alices["results"]!["cached_from_job"]);
    }

    private async Task CheckAsync(MappedRoute route, string url, string? requested, bool expectNotFound, List<string> failures)
    {
        var variants = route.Method == "GET" ? new[] { false, true } : [false];
        foreach (var stream in variants)
        {
            var what = $"{route} as {url}{(stream ? " (SSE)" : "")}";
            var answer = await WalkAnswer.SendAsync(server.Bob, route.Method, url, stream);
            using var response = answer.Response;
            try
            {
                Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode} {SurfaceShape.Cut(answer.Text)}");
                if (expectNotFound)
                {
                    SurfaceShape.AssertError(route.Path(""), HttpStatusCode.NotFound, response, answer.Text, what);
                }
                var text = requested is null ? answer.Text : answer.Text.Replace(requested, "<requested>", StringComparison.Ordinal);
                var leaked = server.AliceJobs.Concat(server.AliceBatches).Append(server.Marker).FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal));
                Assert.True(leaked is null, $"{what}: {(int)response.StatusCode} names alice's '{leaked}': {SurfaceShape.Cut(text)}");
            }
            catch (Xunit.Sdk.XunitException ex)
            {
                failures.Add(ex.Message);
            }
        }
    }

    /// <summary>Alice's jobs as she reads them: the walk must change none of them.</summary>
    private async Task<string> AliceViewAsync()
    {
        var view = new JsonArray();
        foreach (var id in server.AliceJobs)
        {
            var job = await server.Alice.GetJobAsync(id);
            view.Add(new JsonObject { ["id"] = id, ["status"] = job["status"]?.DeepClone(), ["cancelRequested"] = job["cancelRequested"]?.DeepClone(), ["attempt"] = job["attempt"]?.DeepClone() });
        }
        return view.ToJsonString();
    }
}
