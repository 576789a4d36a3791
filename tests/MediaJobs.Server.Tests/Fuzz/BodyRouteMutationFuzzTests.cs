using System.Diagnostics;

namespace MediaJobs.Server.Tests.Fuzz;

/// <summary>
/// Seeded random mutations of every JSON body route's valid body, for a fixed time: never a 5xx, every error in the
/// surface's shape, nothing stored on a 4xx, every list still readable. Time-boxed, so in the <c>Fuzz</c> tier:
/// the full run has it, <c>scripts/test --fast</c> does not.
/// </summary>
[Trait("Tier", "Fuzz")]
public sealed class BodyRouteMutationFuzzTests(FuzzServer server, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<FuzzServer>
{
    private const int Seed = 20261202;
    private static readonly TimeSpan MutationBudget = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task SeededRandomMutationsOfValidBodies_NeverA5xx_ErrorsInShape_NothingStoredOn4xx()
    {
        var routes = BodyRoute.All(server.Factory.Services, server.MediaRoot).Routes;
        var mutator = new Mutator(Seed);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var sent = 0;

        while (clock.Elapsed < MutationBudget && sent < 4000)
        {
            var route = routes[sent % routes.Count];
            var body = mutator.Mutate(System.Text.Encoding.UTF8.GetBytes(route.Sample.ToJsonString()));
            await server.ExpectAsync(route, body, $"mutation #{sent} (seed {Seed})", mustRefuse: false, failures);
            sent++;
        }

        output.WriteLine($"{sent} mutations in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed})");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} mutations were mishandled:\n" + string.Join('\n', failures.Take(30)));
        Assert.True(sent >= 1000, $"only {sent} mutations in {MutationBudget.TotalSeconds} s");
        await server.AssertListsReadableAsync();
    }
}
