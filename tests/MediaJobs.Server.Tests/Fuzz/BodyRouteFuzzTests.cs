using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Fuzz;

/// <summary>
/// Issue 10, findings 3–5: every JSON body route of every surface (found from the endpoint data source) fed hostile
/// but parseable JSON, nesting around the limits and seeded random mutations of a valid body. Never a 5xx; every
/// error in that surface's own shape; the job count unchanged after every 4xx; and whatever was accepted can still
/// be listed by everyone afterwards.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class BodyRouteFuzzTests(FuzzServer server, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<FuzzServer>
{
    private const int Seed = 20261202;
    private static readonly TimeSpan MutationBudget = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task HostileStringsKeysAndDuplicates_AreRefusedInTheSurfacesShape_AndStoreNothing()
    {
        var routes = Routes();
        var failures = new List<string>();
        var sent = 0;

        foreach (var route in routes)
        {
            foreach (var (what, body) in HostileBodies.MustRefuse(route.Sample))
            {
                sent++;
                await ExpectAsync(route, body, what, mustRefuse: true, failures);
            }
        }

        output.WriteLine($"{sent} hostile bodies over {routes.Count} routes");
        Assert.True(sent > 250, $"only {sent} hostile bodies: the samples lost their fields");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} hostile bodies were mishandled:\n" + string.Join('\n', failures.Take(30)));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(33)]
    [InlineData(61)]
    [InlineData(63)]
    [InlineData(70)]
    public async Task NestedBodies_AreStoredOnlyWhenTheyFit_AndEveryListStaysReadable(int levels)
    {
        var failures = new List<string>();

        foreach (var route in Routes())
        {
            foreach (var (what, body) in HostileBodies.Nested(route.Sample, levels))
            {
                await ExpectAsync(route, body, what, mustRefuse: false, failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(30)));
        await AssertListsReadableAsync();
    }

    [Fact]
    public async Task SeededRandomMutationsOfValidBodies_NeverA5xx_ErrorsInShape_NothingStoredOn4xx()
    {
        var routes = Routes();
        var mutator = new Mutator(Seed);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var sent = 0;

        while (clock.Elapsed < MutationBudget && sent < 4000)
        {
            var route = routes[sent % routes.Count];
            var body = mutator.Mutate(System.Text.Encoding.UTF8.GetBytes(route.Sample.ToJsonString()));
            await ExpectAsync(route, body, $"mutation #{sent} (seed {Seed})", mustRefuse: false, failures);
            sent++;
        }

        output.WriteLine($"{sent} mutations in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed})");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} mutations were mishandled:\n" + string.Join('\n', failures.Take(30)));
        Assert.True(sent >= 1000, $"only {sent} mutations in {MutationBudget.TotalSeconds} s");
        await AssertListsReadableAsync();
    }

    [Fact]
    public async Task EveryBodyRoute_OversizedMalformedOrNotJson_IsRefusedInItsShape_AndStoresNothing()
    {
        var failures = new List<string>();
        var oversized = System.Text.Encoding.UTF8.GetBytes("{\"pad\":\"" + new string('x', 2 * 1024 * 1024) + "\"}");

        foreach (var route in Routes())
        {
            await ExpectAsync(route, oversized, "a 2 MiB body", mustRefuse: true, failures, expected: HttpStatusCode.RequestEntityTooLarge);
            foreach (var malformed in new[] { "{\"a\": ", "[1, 2]", "null", "\"text\"", "", "{\"a\":1}}" })
            {
                await ExpectAsync(route, System.Text.Encoding.UTF8.GetBytes(malformed), $"'{malformed}'", mustRefuse: true, failures, expected: HttpStatusCode.BadRequest);
            }
            await ExpectAsync(route, System.Text.Encoding.UTF8.GetBytes("a=b"), "a form body", mustRefuse: true, failures, expected: HttpStatusCode.UnsupportedMediaType, contentType: "application/x-www-form-urlencoded");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(30)));
    }

    [Fact]
    public void EveryJsonBodyRoute_HasASample()
    {
        var (routes, missing) = BodyRoute.All(server.Factory.Services, server.MediaRoot);

        Assert.True(missing.Count == 0, "JSON body routes without a sample in BodyRoute.Samples (add one):\n" + string.Join('\n', missing));
        Assert.True(routes.Count >= 7, $"found only {routes.Count} JSON body routes");
    }

    private List<BodyRoute> Routes() => BodyRoute.All(server.Factory.Services, server.MediaRoot).Routes;

    private async Task ExpectAsync(BodyRoute route, byte[] body, string what, bool mustRefuse, List<string> failures, HttpStatusCode? expected = null, string contentType = "application/json")
    {
        var before = await server.CountJobsAsync();
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var after = await server.CountJobsAsync();
        var status = (int)response.StatusCode;
        var label = $"{route} with {what}";
        try
        {
            Assert.True(status < 500, $"{label}: {status} {SurfaceShape.Cut(text)}");
            Assert.False(mustRefuse && status < 400, $"{label}: accepted ({status})");
            Assert.True(expected is null || expected == response.StatusCode, $"{label}: {status}, expected {(int?)expected}");
            if (status >= 400)
            {
                SurfaceShape.AssertError(route.Path, response.StatusCode, response, text, label);
                Assert.True(before == after, $"{label}: answered {status} yet the job count went from {before} to {after}");
            }
        }
        catch (Xunit.Sdk.XunitException ex)
        {
            failures.Add(ex.Message);
        }
    }

    /// <summary>Every list a client reads: the native pages and each surface's own (finding 4: one job broke them all).</summary>
    private async Task AssertListsReadableAsync()
    {
        string[] lists = ["/api/jobs?limit=500", "/api/jobs/batches?limit=500", "/compat/shrinkray/api/jobs", "/api/v1/jobs", "/compat/shrinkray/api/stats"];
        foreach (var url in lists)
        {
            using var response = await server.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {SurfaceShape.Cut(await response.Content.ReadAsStringAsync())}");
        }
        var total = await server.CountJobsAsync();
        for (var offset = 0; offset < total; offset += 500)
        {
            using var page = await server.Client.GetAsync($"/api/jobs?limit=500&offset={offset}");
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"page at {offset}: {(int)page.StatusCode}");
        }
    }
}
