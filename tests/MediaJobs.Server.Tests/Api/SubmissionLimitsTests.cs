using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MediaJobs.Server.Tests.Compat.CompatErrorBody;

namespace MediaJobs.Server.Tests.Api;

/// <summary>
/// Issue 10, findings 4 and 5: input deeper than the limit is refused at submit on every surface, before anything is
/// stored; what is stored can always be written back (even a deep job stored before the limit existed).
/// </summary>
[Trait("Tier", "Fast")]
public sealed class SubmissionLimitsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task NativeSubmit_InputsDeeperThan32_Is400NamingInputs_AndStoresNothing()
    {
        var before = await CountAsync();

        using var response = await _client.PostJsonAsync("/api/jobs", "{\"type\":\"noop\",\"inputs\":{\"steps\":1,\"x\":" + Nest(61) + "}}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("inputs", (string?)problem["field"]);
        Assert.Contains("32", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task NativeSubmit_InputsAtTheLimit_IsAcceptedAndListed()
    {
        // inputs (level 1) → x and 29 objects inside it (levels 2 to 31) → the innermost {"n":1} (level 32).
        await _client.SubmitAsync("{\"type\":\"noop\",\"inputs\":{\"steps\":1,\"x\":" + Nest(30) + "}}");

        using var list = await _client.GetAsync("/api/jobs?limit=500");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(Nest(31), await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/jobs/", "{\"job_type\":\"transformer\",\"parameters\":{\"text\":\"t\",\"x\":NEST}}")]
    [InlineData("/api/jobs/batch", "{\"batch_name\":\"b\",\"jobs\":[{\"job_type\":\"transformer\",\"parameters\":{\"text\":\"t\",\"x\":NEST}}]}")]
    public async Task Secretary_ParametersTooDeep_Is400InItsShape_AndStoresNothing(string route, string template)
    {
        var before = await CountAsync();

        using var response = await _client.PostJsonAsync(Secretary + route, template.Replace("NEST", Nest(58), StringComparison.Ordinal));

        var message = await AssertAsync(response, HttpStatusCode.BadRequest, Secretary);
        Assert.Contains("32", message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task StoredJobDeeperThanTheLimit_StillListsAndReads()
    {
        // A job stored before the limit existed: its input as deep as the request parser ever allowed.
        var id = JobIds.New(TimeProvider.System);
        var input = JsonNode.Parse("{\"steps\":1,\"x\":" + Nest(62) + "}")!.AsObject();
        var job = new Job { Id = id, Type = "noop", Input = input, Status = JobStatus.Cancelled, CreatedUtc = DateTimeOffset.UtcNow };
        await factory.Services.GetRequiredService<IJobStore>().EnqueueAsync([job], null, [], CancellationToken.None);

        using var list = await _client.GetAsync("/api/jobs?limit=500");
        using var one = await _client.GetAsync($"/api/jobs/{id}");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Contains(id, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Nest(int levels) => string.Concat(Enumerable.Repeat("{\"n\":", levels)) + "1" + new string('}', levels);

    private async Task<int> CountAsync() => (int)(await _client.GetJsonAsync("/api/jobs?limit=1"))["total"]!;
}
