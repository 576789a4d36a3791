using System.Net;

namespace MediaJobs.Server.Tests.Fuzz;

/// <summary>
/// Issue 10, findings 3–5: every JSON body route of every surface (found from the endpoint data source) fed hostile
/// but parseable JSON and nesting around the limits (seeded random mutations: <see cref="BodyRouteMutationFuzzTests"/>). Never a 5xx; every
/// error in that surface's own shape; the job count unchanged after every 4xx; and whatever was accepted can still
/// be listed by everyone afterwards.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class BodyRouteFuzzTests(FuzzServer server, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<FuzzServer>
{
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
                await server.ExpectAsync(route, body, what, mustRefuse: true, failures);
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
                await server.ExpectAsync(route, body, what, mustRefuse: false, failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(30)));
        await server.AssertListsReadableAsync();
    }

    [Fact]
    public async Task EveryBodyRoute_OversizedMalformedOrNotJson_IsRefusedInItsShape_AndStoresNothing()
    {
        var failures = new List<string>();
        var oversized = System.Text.Encoding.UTF8.GetBytes("{\"pad\":\"" + new string('x', 2 * 1024 * 1024) + "\"}");

        foreach (var route in Routes())
        {
            await server.ExpectAsync(route, oversized, "a 2 MiB body", mustRefuse: true, failures, expected: HttpStatusCode.RequestEntityTooLarge);
            foreach (var malformed in new[] { "{\"a\": ", "[1, 2]", "null", "\"text\"", "", "{\"a\":1}}" })
            {
                await server.ExpectAsync(route, System.Text.Encoding.UTF8.GetBytes(malformed), $"'{malformed}'", mustRefuse: true, failures, expected: HttpStatusCode.BadRequest);
            }
            await server.ExpectAsync(route, System.Text.Encoding.UTF8.GetBytes("a=b"), "a form body", mustRefuse: true, failures, expected: HttpStatusCode.UnsupportedMediaType, contentType: "application/x-www-form-urlencoded");
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
}
