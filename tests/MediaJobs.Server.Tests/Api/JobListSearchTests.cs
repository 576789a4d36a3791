using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

/// <summary><c>GET /api/jobs?q=&amp;order=</c> and <c>DELETE /api/jobs/{id}</c>, which the dashboard's table and bulk actions use.</summary>
[Trait("Tier", "Fast")]
public sealed class JobListSearchTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Q_FindsJobsByInputTextAnyCase_ById_AndNothingElse()
    {
        var marker = "Needle-" + Guid.NewGuid().ToString("N");
        var withMarker = await _client.SubmitAsync($$"""{"type":"noop","inputs":{"steps":1,"note":"{{marker}}"} }""");
        var other = await _client.SubmitNoopAsync(1);

        var byText = await _client.GetJsonAsync($"/api/jobs?q={marker.ToUpperInvariant()}");
        var byId = await _client.GetJsonAsync($"/api/jobs?q={other}");

        Assert.Equal([withMarker], Ids(byText));
        Assert.Equal(1, byText["total"]!.GetValue<int>());
        Assert.Equal([other], Ids(byId));
    }

    [Fact]
    public async Task Order_OldestFirst_ReversesTheNewestFirstPage()
    {
        var marker = "Order-" + Guid.NewGuid().ToString("N");
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await _client.SubmitAsync($$"""{"type":"noop","inputs":{"steps":1,"note":"{{marker}}"} }"""));
        }

        var newest = Ids(await _client.GetJsonAsync($"/api/jobs?q={marker}"));
        var oldest = Ids(await _client.GetJsonAsync($"/api/jobs?q={marker}&order=oldest"));

        Assert.Equal(ids, oldest);
        Assert.Equal(Enumerable.Reverse(ids), newest);
    }

    [Theory]
    [InlineData("order=sideways", "order")]
    [InlineData("q=%01bad", "q")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=djF8eHx5", "cursor")]
    [InlineData("cursor=%F0%9F%8E%AC", "cursor")]
    public async Task BadListParameter_Is400NamingIt(string query, string field)
    {
        using var response = await _client.GetAsync("/api/jobs?" + query);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cursor_NextCursorPagesToTheEnd_EachJobOnce()
    {
        var marker = "Cursor-" + Guid.NewGuid().ToString("N");
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await _client.SubmitAsync($$"""{"type":"noop","inputs":{"steps":1,"note":"{{marker}}"} }"""));
        }

        var first = await _client.GetJsonAsync($"/api/jobs?q={marker}&limit=2");
        var cursor = first["nextCursor"]!.GetValue<string>();
        var second = await _client.GetJsonAsync($"/api/jobs?q={marker}&limit=2&cursor={Uri.EscapeDataString(cursor)}");

        Assert.Equal(Enumerable.Reverse(ids), Ids(first).Concat(Ids(second)));
        Assert.Null(second["nextCursor"]);
        Assert.Equal(3, second["total"]!.GetValue<int>());
        Assert.False(second["totalCapped"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TooLongQ_Is400()
    {
        using var response = await _client.GetAsync("/api/jobs?q=" + new string('x', 201));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Delete_FinishedJob_IsGone_AndOnlyThatOne()
    {
        var doomed = await _client.SubmitNoopAsync(1);
        var kept = await _client.SubmitNoopAsync(1);
        await _client.WaitForFinalAsync(doomed);
        await _client.WaitForFinalAsync(kept);

        using var response = await _client.DeleteAsync($"/api/jobs/{doomed}");
        using var again = await _client.DeleteAsync($"/api/jobs/{doomed}");
        using var gone = await _client.GetAsync($"/api/jobs/{doomed}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.NotFound);
        await gone.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Succeeded", (await _client.GetJobAsync(kept))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_RunningJob_Is409AndItKeepsRunning()
    {
        var running = await _client.SubmitAsync("""{"type":"test","preset":"block"}""");
        await _client.WaitForRunningAsync(running);

        using var response = await _client.DeleteAsync($"/api/jobs/{running}");

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Running", (await _client.GetJobAsync(running))["status"]!.GetValue<string>());
        await _client.CancelAndWaitAsync(running);
    }

    private static List<string> Ids(System.Text.Json.Nodes.JsonObject list) =>
        [.. list["items"]!.AsArray().Select(j => j!["jobId"]!.GetValue<string>())];
}
